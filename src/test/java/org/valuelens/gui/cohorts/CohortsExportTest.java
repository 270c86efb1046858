package org.valuelens.gui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.WorkspaceSession;

/** The cohort data behind the Cohorts charts, as the "Export data" menu writes it, over the CDNOW sample. */
class CohortsExportTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static CohortsViewModel model;
    private static final FakeDialogService DIALOGS = new FakeDialogService();

    @BeforeAll
    static void run() throws Exception {
        session = CdnowSample.open(dir);
        SessionHolder holder = new SessionHolder();
        holder.replace(session);
        WorkspaceState state = new WorkspaceState();
        state.set(session.directory(), "CDNOW sample");
        model = new CohortsViewModel(state, EmptyStateActions.NONE, holder,
                new UserSettings(new SettingsService(dir.resolve("s.properties")), Settings.DEFAULTS),
                new DirectTaskExecutor(), DIALOGS, new I18n(Locale.ENGLISH));
        model.run();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void oneRowPerCohortAndMonthUpToTheEndOfTheData() {
        ExportActions.Table t = model.cohortTable();

        // CDNOW sample: first purchases Jan-Mar 1997, data to June 1998 -> 18 + 17 + 16 monthly periods
        assertThat(t.rows()).hasSize(18 + 17 + 16);
        assertThat(t.columns()).hasSize(t.rows().get(0).size());
    }

    @Test
    void acquisitionRowsHaveFullRetentionAndAddUpToEveryCustomer() {
        List<List<Object>> first = model.cohortTable().rows().stream().filter(r -> ((Integer) r.get(3)) == 0)
                .toList();

        assertThat(first).extracting(r -> r.get(0)).containsExactly("1997-01", "1997-02", "1997-03");
        assertThat(first).allSatisfy(r -> assertThat((Double) r.get(5)).isEqualTo(1.0));
        assertThat(first.stream().mapToInt(r -> (Integer) r.get(2)).sum()).isEqualTo(CdnowSample.CUSTOMERS);
    }

    @Test
    void xlsxOfTheCohortTableHasPercentRetentionAndRealDates() throws Exception {
        ExportActions.Table t = model.cohortTable();
        DIALOGS.chooserAnswers.add(dir.resolve("cohorts.xlsx"));

        model.exports().saveTable(ExportActions.TableKind.XLSX, t.name(), t.columns(), t.rows());

        try (InputStream in = Files.newInputStream(dir.resolve("cohorts.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("cohorts");
            assertThat(sheet.getLastRowNum()).isEqualTo(t.rows().size());
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Retention");
            assertThat(sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(1997, 1, 1));
        }
    }
}
