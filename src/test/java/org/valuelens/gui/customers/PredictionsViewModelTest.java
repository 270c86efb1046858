package org.valuelens.gui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.predict.ChurnRisk;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.PredictionRow;
import org.valuelens.service.WorkspaceSession;

/** The Customers page's predictions: rows, the explanation with the customer's figures, the at-risk export. */
class PredictionsViewModelTest {

    @TempDir
    Path dir;

    private final SessionHolder sessions = new SessionHolder();
    private final FakeDialogService dialogs = new FakeDialogService();

    @AfterEach
    void close() {
        sessions.close();
    }

    private PredictionsViewModel open(Path file, Map<String, String> columns, Locale locale) throws Exception {
        WorkspaceSession session = WorkspaceSession.open(dir.resolve("ws"));
        int id = session.imports().importFile(new ImportRequest(file, null, columns.isEmpty(), null, null, null, null,
                columns), false, ProgressListener.NONE).datasetId();
        sessions.replace(session, id);
        PredictionsViewModel model = new PredictionsViewModel(sessions, new DirectTaskExecutor(), dialogs,
                new I18n(locale), () -> "$");
        model.load(AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(id));
        return model;
    }

    private PredictionsViewModel cdnow(Locale locale) throws Exception {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        return open(file, Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5"), locale);
    }

    @Test
    void everyCustomerGetsARowAndTheExplanationNamesTheirFigures() throws Exception {
        PredictionsViewModel model = cdnow(Locale.ENGLISH);
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.reportProperty().get().size()).isEqualTo(2_357);
        PredictionRow r = model.row("0006").orElseThrow();
        model.explain("0006");
        String text = dialogs.last().message();
        assertThat(text).contains("Customer 0006").contains(r.churnRisk().label())
                .contains(model.reportProperty().get().windowStart().toString());
        assertThat(model.lines(r)).hasSize(4);
    }

    @Test
    void theRussianDetailWritesThePredictedClvAsRussianWritesMoney() throws Exception {
        Locale ru = Locale.forLanguageTag("ru");
        PredictionsViewModel model = cdnow(ru);
        PredictionRow r = model.row("0006").orElseThrow();
        java.text.NumberFormat two = java.text.NumberFormat.getNumberInstance(ru);
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        String clv = model.lines(r).get(3)[1];
        // "158,03 $ (от 150,88 $ до 165,17 $)": the amount first, with a decimal comma, the sign after it
        assertThat(clv).startsWith(two.format(r.predictedClv())).contains("$").doesNotContain("$" + two.format(
                r.predictedClv()));
    }

    @Test
    void theChineseExplanationIsInChinese() throws Exception {
        PredictionsViewModel model = cdnow(Locale.SIMPLIFIED_CHINESE);
        PredictionRow r = model.row("0006").orElseThrow();
        assertThat(model.explanation(r)).contains("客户 0006").doesNotContain("Customer", "churn risk");
        assertThat(model.riskLabel(ChurnRisk.HIGH)).isEqualTo("高");
    }

    @Test
    void theAtRiskExportHoldsExactlyTheHighRiskCustomers() throws Exception {
        PredictionsViewModel model = cdnow(Locale.ENGLISH);
        Path out = dir.resolve("at-risk.csv");
        dialogs.chooserAnswers.add(out);
        model.exportAtRisk();
        List<String> lines = Files.readAllLines(out);
        long high = model.reportProperty().get().churnRiskCounts().get(ChurnRisk.HIGH);
        assertThat(lines).hasSize((int) high + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",")[4].equals("High"));
    }

    @Test
    void thinDataGiveASentenceInsteadOfPredictionsAndNoDialog() throws Exception {
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, "customer,date,amount\nANNA,2024-01-01,10\nANNA,2024-01-15,20\nBEN,2024-01-02,5\n");
        PredictionsViewModel model = open(file, Map.of(), Locale.ENGLISH);
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.problemProperty().get()).contains("Only 2 customers");
        assertThat(dialogs.shown).isEmpty();
    }
}
