package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.OpenedWorkspace;
import org.valuelens.gui.SessionWorkspaceActions;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.DatasetDetails;

/** The wizard's summary examples, the way back from the summary with a re-run, and the time left. */
class ImportSummaryViewModelTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<OpenedWorkspace> opened = new ArrayList<>();

    private ImportWizardViewModel model() {
        SessionWorkspaceActions backend = new SessionWorkspaceActions(sessions, dir.resolve("ws"),
                dir.resolve("samples"));
        return new ImportWizardViewModel(backend, new DirectTaskExecutor(), dialogs, new I18n(Locale.ENGLISH),
                opened::add);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    /** Rows 2 and 4 (file lines 3 and 5) have an unreadable "amount" but a good "second value". */
    private Path file() throws Exception {
        return Files.writeString(dir.resolve("two-values.csv"), "customer,date,amount,second value\n"
                + "C1,2024-01-02,10,11\nC2,2024-01-03,ten,12\nC1,2024-02-03,4,13\nC3,2024-03-04,n/a,14\n");
    }

    @Test
    void summaryListsTheRejectedRowsRawTextUnderTheirReason() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(file());
        model.mappingProperty("amount").set("amount");
        model.next();
        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SUMMARY);
        List<String> lines = model.summaryLines();
        int reason = lines.indexOf("    • Not a number: 2");
        assertThat(reason).isPositive();
        assertThat(lines.subList(reason + 1, reason + 3)).containsExactly(
                "        Row 3: C2,2024-01-03,ten,12", "        Row 5: C3,2024-03-04,n/a,14");
    }

    @Test
    void backFromTheSummaryAndAReRunWithAnotherMappingReplaceTheEarlierImport() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(file());
        model.mappingProperty("amount").set("amount");
        model.next();
        model.next();
        int first = model.outcomeProperty().get().datasetId();
        assertThat(model.replacesEarlierImport()).isTrue();

        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.MAPPING);
        model.mappingProperty("amount").set("second value");
        model.runImport();

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SUMMARY);
        assertThat(model.outcomeProperty().get().rowsImported()).isEqualTo(4);
        assertThat(model.outcomeProperty().get().rowsRejected()).isZero();
        assertThat(dialogs.shown).isEmpty();
        List<DatasetDetails> datasets = sessions.require().workspace().listDatasets();
        assertThat(datasets).extracting(DatasetDetails::id).containsExactly(model.outcomeProperty().get()
                .datasetId()).doesNotContain(first);
        assertThat(sessions.datasetId()).isEqualTo(model.outcomeProperty().get().datasetId());
    }

    @Test
    void choosingAnotherFileStartsAfreshInsteadOfReplacing() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(file());
        model.next();
        model.next();
        assertThat(model.replacesEarlierImport()).isTrue();

        model.chooseFile(Files.writeString(dir.resolve("other.csv"), "customer,date,amount\nA,2024-01-01,5\n"));

        assertThat(model.replacesEarlierImport()).isFalse();
    }

    @Test
    void timeLeftIsTheElapsedTimeScaledByTheShareStillToRead() {
        ImportWizardViewModel model = model();
        long second = 1_000_000_000L;
        // a quarter read in 10 s: three quarters take 30 s more
        assertThat(model.timeLeftText(0.25, 10 * second)).isEqualTo("25 % read, about 30 s left");
        // half read in 100 s: 100 s more
        assertThat(model.timeLeftText(0.5, 100 * second)).isEqualTo("50 % read, about 1 min 40 s left");
        assertThat(model.timeLeftText(0.01, 10 * second)).isEqualTo("1 % read");
        assertThat(model.timeLeftText(0.5, second / 2)).isEqualTo("50 % read");
        assertThat(model.timeLeftText(-1, 10 * second)).isEmpty();
    }

    @Test
    void timeLeftFollowsThePaceSinceTheFirstReportNotTheSlowStart() {
        ImportWizardViewModel model = model();
        long second = 1_000_000_000L;
        // 5 % was read when the first report came; 20 % more in 10 s: the 75 % still to read take 10 / 0.2 * 0.75
        assertThat(model.timeLeftText(0.25, 0.05, 10 * second)).isEqualTo("25 % read, about 38 s left");
        // less than 2 % more since the first report: no estimate yet
        assertThat(model.timeLeftText(0.06, 0.05, 10 * second)).isEqualTo("6 % read");
    }
}
