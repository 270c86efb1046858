package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.model.progress.ProgressListener;

class SessionWorkspaceActionsTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();

    @AfterEach
    void close() {
        sessions.close();
    }

    private SessionWorkspaceActions actions() {
        return new SessionWorkspaceActions(sessions, dir.resolve("ws"), dir.resolve("samples"));
    }

    @Test
    void openSampleImportsTheBundledSampleWithItsPublishedCustomerCount() throws Exception {
        OpenedWorkspace opened = actions().openSample(ProgressListener.NONE);

        assertThat(opened.datasetName()).isEqualTo("CDNOW_sample.txt");
        assertThat(opened.workspace()).isEqualTo(dir.resolve("ws"));
        // PUBLISHED.md: the CDNOW 1/10 sample has 2,357 customers
        assertThat(sessions.require().workspace().dataset(sessions.datasetId()).orElseThrow().customers())
                .isEqualTo(2357);
    }

    @Test
    void openingTheSampleAgainReopensTheExistingDataset() throws Exception {
        SessionWorkspaceActions actions = actions();
        actions.openSample(ProgressListener.NONE);
        Integer first = sessions.datasetId();

        actions.openSample(ProgressListener.NONE);

        assertThat(sessions.datasetId()).isEqualTo(first);
        assertThat(sessions.require().workspace().listDatasets()).hasSize(1);
    }

    @Test
    void openWorkspaceSelectsItsLatestDataset() throws Exception {
        actions().openSample(ProgressListener.NONE);
        sessions.close();

        OpenedWorkspace opened = actions().openWorkspace(dir.resolve("ws"), ProgressListener.NONE);

        assertThat(opened.datasetName()).isEqualTo("CDNOW_sample.txt");
        assertThat(sessions.datasetId()).isEqualTo(1);
    }
}
