package org.valuelens.gui.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.BgBbReport;
import org.valuelens.service.WorkspaceSession;

/** The BG/BB section building its table from the open dataset (CDNOW sample, by month), or saying it needs one. */
class BgBbFromDatasetTest {
    @TempDir
    static Path dir;
    private static WorkspaceSession session;

    @BeforeAll
    static void open() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void monthlyTableOfTheOpenDatasetIsShownAndFitted() {
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        BgBbViewModel model = new BgBbViewModel(holder, new DirectTaskExecutor(), new FakeDialogService(),
                new I18n(Locale.ENGLISH));
        model.periodProperty().set("month");
        model.useOpenDataset();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.tableTextProperty().get()).startsWith("x, t_x, n, customers");
        assertThat(model.rows().stream().mapToLong(BgBbReport.Row::customers).sum()).isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(model.reportProperty().get().customers()).isEqualTo(CdnowSample.CUSTOMERS);
    }

    @Test
    void withoutADatasetItSaysSoOnThePage() {
        BgBbViewModel model = new BgBbViewModel(new SessionHolder(), new DirectTaskExecutor(),
                new FakeDialogService(), new I18n(Locale.ENGLISH));
        model.useOpenDataset();
        assertThat(model.messageProperty().get()).contains("Open a dataset first");
        assertThat(model.reportProperty().get()).isNull();
    }
}
