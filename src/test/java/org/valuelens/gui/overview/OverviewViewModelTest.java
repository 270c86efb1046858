package org.valuelens.gui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.WorkspaceState;

class OverviewViewModelTest {

    private final WorkspaceState state = new WorkspaceState();
    private final List<String> calls = new ArrayList<>();
    private final OverviewViewModel model = new OverviewViewModel(state, new EmptyStateActions() {
        @Override
        public void openSample() {
            calls.add("sample");
        }

        @Override
        public void chooseAndImport() {
            calls.add("import");
        }
    });

    @Test
    void isEmptyUntilADatasetIsOpen() {
        assertThat(model.loadedProperty().get()).isFalse();

        state.set(Paths.get("ws"), "CDNOW sample");

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.datasetNameProperty().get()).isEqualTo("CDNOW sample");
    }

    @Test
    void emptyStateCommandsReachTheWorkspaceActions() {
        model.openSample();
        model.importFile();

        assertThat(calls).containsExactly("sample", "import");
    }
}
