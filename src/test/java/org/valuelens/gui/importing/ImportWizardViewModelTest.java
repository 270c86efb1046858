package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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

class ImportWizardViewModelTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<OpenedWorkspace> opened = new ArrayList<>();
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();

    private ImportWizardViewModel model() {
        SessionWorkspaceActions backend = new SessionWorkspaceActions(sessions, dir.resolve("ws"),
                dir.resolve("samples"));
        return new ImportWizardViewModel(backend, tasks, dialogs, new I18n(Locale.ENGLISH), opened::add);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    private Path cdnowCopy() throws Exception {
        Path copy = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private static void mapCdnow(ImportWizardViewModel model) {
        model.mappingProperty("customer").set("Column 2");
        model.mappingProperty("date").set("Column 3");
        model.mappingProperty("quantity").set("Column 4");
        model.mappingProperty("amount").set("Column 5");
    }

    @Test
    void importWithoutRequiredColumnsIsRefusedWithAPlainSentence() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(cdnowCopy());
        model.next();

        model.runImport();

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.MAPPING);
        assertThat(dialogs.last().message()).isEqualTo(new I18n(Locale.ENGLISH).get("wizard.mapping.missing"));
    }

    @Test
    void headerlessFileGetsNumberedColumnNames() throws Exception {
        ImportWizardViewModel model = model();

        model.chooseFile(cdnowCopy());

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.PREVIEW);
        assertThat(model.headerProperty().get()).isFalse();
        assertThat(model.columns()).containsExactly("Column 1", "Column 2", "Column 3", "Column 4", "Column 5");
        assertThat(model.previewRows().get(0)).containsExactly("00004", "0001", "19970101", "2", "29.33");
    }

    @Test
    void detectedColumnsArePreselectedInTheMapping() throws Exception {
        Path csv = dir.resolve("shop.csv");
        Files.writeString(csv, "Order,CustomerID,InvoiceDate,Revenue,Channel\n1,C1,2024-01-02,10.5,web\n"
                + "2,C2,2024-01-03,3.25,store\n");
        ImportWizardViewModel model = model();

        model.chooseFile(csv);

        assertThat(model.headerProperty().get()).isTrue();
        assertThat(model.delimiterProperty().get()).isEqualTo(",");
        assertThat(model.mappingProperty("customer").get()).isEqualTo("CustomerID");
        assertThat(model.mappingProperty("date").get()).isEqualTo("InvoiceDate");
        assertThat(model.mappingProperty("amount").get()).isEqualTo("Revenue");
        assertThat(model.mappingProperty("channel").get()).isEqualTo("Channel");
        assertThat(model.mappingProperty("cost").get()).isNull();
    }

    @Test
    void changingTheHeaderFlagPreviewsAgainWithNumberedColumns() throws Exception {
        Path csv = dir.resolve("shop.csv");
        Files.writeString(csv, "customer,date,amount\nC1,2024-01-02,10\n");
        ImportWizardViewModel model = model();
        model.chooseFile(csv);

        model.setHeader(false);

        assertThat(model.columns()).containsExactly("Column 1", "Column 2", "Column 3");
        assertThat(model.previewRows()).hasSize(2);
    }

    @Test
    void requestMapsChosenColumnsByOneBasedNumber() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(cdnowCopy());

        model.mappingProperty("customer").set("Column 2");
        model.mappingProperty("date").set("Column 3");

        assertThat(model.request().columns()).containsEntry("customer", "2").containsEntry("date", "3");
        assertThat(model.request().header()).isFalse();
    }

    @Test
    void aLogWithCustomerAndDateOnlyFinishesAsCountOnly() throws Exception {
        Path csv = dir.resolve("visits.csv");
        Files.writeString(csv, "cust,date\nC1,2024-01-02\nC2,2024-01-03\nC1,2024-02-03\n");
        ImportWizardViewModel model = model();
        model.chooseFile(csv);
        model.next();
        assertThat(model.mappingComplete()).isTrue();
        model.mappingProperty("quantity").set("date");
        assertThat(model.mappingComplete()).as("a quantity without a unit price").isFalse();
        model.mappingProperty("quantity").set(null);

        model.next(); // mapping -> import

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SUMMARY);
        assertThat(model.outcomeProperty().get().rowsImported()).isEqualTo(3);
        assertThat(model.outcomeProperty().get().hasAmounts()).isFalse();
    }

    @Test
    void summaryCountsReadImportedRejectedAndReturnsAndListsRejectedRows() throws Exception {
        Path csv = dir.resolve("mixed.csv");
        Files.writeString(csv, "customer,date,amount\nC1,2024-01-02,10\nC2,not a date,5\nC1,2024-02-03,-4\n"
                + "C3,2024-03-04,7\n,2024-03-05,1\n");
        ImportWizardViewModel model = model();
        model.chooseFile(csv);
        model.next();

        model.next(); // mapping -> import

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.SUMMARY);
        // by hand: 5 data rows; the bad date and the blank customer are rejected; -4 is a return
        assertThat(model.outcomeProperty().get().rowsRead()).isEqualTo(5);
        assertThat(model.outcomeProperty().get().rowsImported()).isEqualTo(3);
        assertThat(model.outcomeProperty().get().returns()).isEqualTo(1);
        assertThat(model.summaryLines()).contains("Rows read: 5", "Rows imported: 3 (2 customers)",
                "Rows rejected: 2", "Returns among the imported rows: 1");
        assertThat(model.rejected()).extracting(r -> r.sourceRow()).containsExactly(3L, 6L);
        assertThat(opened).extracting(OpenedWorkspace::datasetName).containsExactly("mixed.csv");
    }

    @Test
    void rejectedRowsExportToCsv() throws Exception {
        Path csv = dir.resolve("mixed.csv");
        Files.writeString(csv, "customer,date,amount\nC1,2024-01-02,10\nC2,not a date,5\n");
        ImportWizardViewModel model = model();
        model.chooseFile(csv);
        model.runImport();
        Path out = dir.resolve("rejected.csv");

        model.exportRejected(out);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("3,");
    }

    @Test
    void cancelledImportReturnsToTheMappingStepAndStoresNothing() throws Exception {
        ImportWizardViewModel model = model();
        model.chooseFile(cdnowCopy());
        model.next();
        mapCdnow(model);
        tasks.cancelNextJob();

        model.runImport();

        assertThat(model.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.MAPPING);
        assertThat(opened).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void importingAFileAgainOffersToOpenTheDatasetThatHoldsIt() throws Exception {
        Path csv = dir.resolve("shop.csv");
        Files.writeString(csv, "customer,date,amount\nC1,2024-01-02,10\nC2,2024-02-03,5\n");
        ImportWizardViewModel first = model();
        first.chooseFile(csv);
        first.runImport();
        int existing = opened.get(0).datasetId();
        List<Integer> openedIds = new ArrayList<>();
        ImportWizardViewModel again = model();
        again.setOpenExisting(openedIds::add);
        again.chooseFile(csv);

        again.runImport();

        assertThat(dialogs.last().kind()).isEqualTo("confirm");
        assertThat(dialogs.last().message()).isEqualTo(new I18n(Locale.ENGLISH).format("duplicate.message",
                "shop.csv"));
        assertThat(openedIds).containsExactly(existing);
        assertThat(again.closeRequestedProperty().get()).isTrue();
        assertThat(opened).hasSize(1);
    }

    @Test
    void declinedOfferLeavesTheWizardOpenAndOpensNothing() throws Exception {
        Path csv = dir.resolve("shop.csv");
        Files.writeString(csv, "customer,date,amount\nC1,2024-01-02,10\n");
        ImportWizardViewModel first = model();
        first.chooseFile(csv);
        first.runImport();
        List<Integer> openedIds = new ArrayList<>();
        ImportWizardViewModel again = model();
        again.setOpenExisting(openedIds::add);
        again.chooseFile(csv);
        dialogs.confirmAnswer = false;

        again.runImport();

        assertThat(openedIds).isEmpty();
        assertThat(again.closeRequestedProperty().get()).isFalse();
    }
}
