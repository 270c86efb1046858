package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** The preview step says how the date column is read, in the user's language. */
class ImportWizardDateReadingTest {
    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final List<OpenedWorkspace> opened = new ArrayList<>();

    private ImportWizardViewModel model(Locale locale) {
        SessionWorkspaceActions backend = new SessionWorkspaceActions(sessions, dir.resolve("ws"),
                dir.resolve("samples"));
        return new ImportWizardViewModel(backend, new DirectTaskExecutor(), new FakeDialogService(),
                new I18n(locale), opened::add);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void minguoDatesAreNamedInThePreviewLine() throws Exception {
        Path csv = dir.resolve("tw.csv");
        Files.writeString(csv, "客戶編號,訂單日期,金額\nA1,113/03/05,100\nA2,113/03/06,200\n", StandardCharsets.UTF_8);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ImportWizardViewModel model = model(locale);
            I18n i18n = new I18n(locale);

            model.chooseFile(csv);

            assertThat(model.dateReadingProperty().get())
                    .isEqualTo(i18n.get("wizard.dates.ymd") + " " + i18n.get("wizard.dates.minguo"));
        }
    }

    @Test
    void twoDigitYearsNameTheCenturyAndAFileWithoutDatesShowsNoLine() throws Exception {
        Path csv = dir.resolve("de.csv");
        Files.writeString(csv, "customer;date;amount\nk1;25.03.24;12,50\nk2;26.03.24;7\n", StandardCharsets.UTF_8);
        I18n i18n = new I18n(Locale.ENGLISH);
        ImportWizardViewModel model = model(Locale.ENGLISH);

        model.chooseFile(csv);

        assertThat(model.dateReadingProperty().get()).isEqualTo(i18n.get("wizard.dates.dmy") + "; "
                + i18n.get("wizard.dates.century2000"));
        assertThat(model.warningsProperty().get()).contains("two digits")
                .doesNotContain(i18n.get("wizard.warning.unmapped"));

        Path customers = dir.resolve("c.csv");
        Files.writeString(customers, "customer id,AOV,purchase frequency,lifespan\nk1,40,4,3\n");
        model.chooseFile(customers);
        assertThat(model.dateReadingProperty().get()).isEmpty();
    }
}
