package org.valuelens.gui.customers;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.FileFilter;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.model.predict.ChurnRisk;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.PredictionExport;
import org.valuelens.service.PredictionReport;
import org.valuelens.service.PredictionRequest;
import org.valuelens.service.PredictionRow;
import org.valuelens.service.PredictionService;
import org.valuelens.service.WorkspaceSession;

/**
 * The Customers page's predictions (BG/NBD, the 90 days after the data): per-customer rows for the table columns and
 * the detail, the "How is this computed?" text for the next order and the churn risk, and the "At risk" export.
 * When the data are too thin, {@link #problemProperty()} holds the sentence instead of a dialog.
 */
public final class PredictionsViewModel {

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<String> currency;
    private final ReadOnlyObjectWrapper<PredictionReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final Map<String, Integer> index = new HashMap<>();
    private int generation;

    /**
     * @param sessions the open session
     * @param tasks    runs the predictions
     * @param dialogs  file chooser and messages
     * @param i18n     texts
     * @param currency the currency symbol of exports
     */
    public PredictionsViewModel(SessionHolder sessions, TaskExecutor tasks, DialogService dialogs, I18n i18n,
                                Supplier<String> currency) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    // Properties //

    /** @return the predictions of the open dataset, {@code null} while loading or when there are none */
    public ReadOnlyObjectProperty<PredictionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return why there are no predictions (thin data), {@code null} otherwise */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * @param customerId a customer
     * @return that customer's predictions, empty when not (yet) computed
     */
    public Optional<PredictionRow> row(String customerId) {
        PredictionReport r = report.get();
        Integer i = index.get(customerId);
        return r == null || i == null ? Optional.empty() : Optional.of(r.row(i));
    }

    /**
     * @param risk a band
     * @return its label in the interface language
     */
    public String riskLabel(ChurnRisk risk) {
        return i18n.get("predict.risk." + risk.name());
    }

    /**
     * @param r a customer's predictions
     * @return the next-order column text: the date, or "unlikely to order again"
     */
    public String nextOrderText(PredictionRow r) {
        return r.unlikelyToOrderAgain() ? i18n.get("predict.unlikely") : r.nextOrderDate().toString();
    }

    /**
     * @param r a customer's predictions
     * @return label/value lines for the customer detail
     */
    public List<String[]> lines(PredictionRow r) {
        NumberFormat n2 = NumberFormat.getNumberInstance(i18n.locale());
        n2.setMaximumFractionDigits(2);
        n2.setMinimumFractionDigits(2);
        NumberFormat pct = NumberFormat.getPercentInstance(i18n.locale());
        pct.setMaximumFractionDigits(1);
        String cur = currency.get();
        String next = r.unlikelyToOrderAgain() ? i18n.get("predict.unlikely")
                : i18n.format("predict.detail.nextValue", r.nextOrderDate(), r.nextOrderFrom(), r.nextOrderTo());
        // money as the language writes it ("8,94 $" in Russian), as on the rest of the page
        org.valuelens.model.format.NumberTexts money = i18n.numbers(cur);
        String clv = Double.isNaN(r.predictedClv()) ? "–" : i18n.format("predict.detail.clvValue",
                money.money(r.predictedClv(), 2), money.money(r.predictedClvLow(), 2),
                money.money(r.predictedClvHigh(), 2));
        return List.of(
                new String[] {i18n.get("predict.detail.orders"), n2.format(r.expectedOrders())},
                new String[] {i18n.get("predict.detail.noOrder"), pct.format(r.pNoOrder()) + " · "
                        + riskLabel(r.churnRisk())},
                new String[] {i18n.get("predict.detail.next"), next},
                new String[] {i18n.get("predict.detail.clv"), clv});
    }

    // Commands //

    /**
     * Computes the predictions of the open dataset in the background.
     *
     * @param settings the analysis settings of the page
     */
    public void load(AnalysisSettings settings) {
        int gen = ++generation;
        report.set(null);
        problem.set(null);
        index.clear();
        if (sessions.current().isEmpty()) {
            return;
        }
        WorkspaceSession s = sessions.require();
        tasks.submit(p -> new PredictionService(s.workspace(), s.analysis())
                .predict(PredictionRequest.defaults("bg-nbd"), settings, p), TaskCallbacks.of(r -> {
                    if (gen == generation) {
                        for (int i = 0; i < r.size(); i++) {
                            index.put(r.customers().get(i).customerId(), i);
                        }
                        report.set(r);
                    }
                }, e -> {
                    if (gen == generation && !(e instanceof CancelledException)) {
                        problem.set(e.getMessage());
                    }
                }));
    }

    /**
     * The "How is this computed?" text for a customer's next order and churn risk, with the customer's figures.
     *
     * @param customerId the customer
     */
    public void explain(String customerId) {
        row(customerId).ifPresent(r -> dialogs.showInfo(i18n.get("predict.explain.title"), explanation(r)));
    }

    /**
     * @param r a customer's predictions
     * @return the explanation in the interface language
     */
    public String explanation(PredictionRow r) {
        PredictionReport rep = report.get();
        NumberFormat pct = NumberFormat.getPercentInstance(i18n.locale());
        pct.setMaximumFractionDigits(1);
        String next = r.unlikelyToOrderAgain() ? i18n.get("predict.explain.unlikely")
                : i18n.format("predict.explain.next", r.nextOrderDate(), r.nextOrderFrom(), r.nextOrderTo());
        return i18n.format("predict.explain.text", r.customerId(), pct.format(r.pAlive()), rep.windowStart(),
                rep.windowEnd(), pct.format(r.pNoOrder()), riskLabel(r.churnRisk()), pct.format(rep.bands()
                        .mediumFrom()), pct.format(rep.bands().highFrom()), next, pct.format(r.pOrderAgain()));
    }

    /** Asks for a file and writes the High-risk customers, most valuable first, in the background. */
    public void exportAtRisk() {
        PredictionReport r = report.get();
        if (r == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(i18n.get("predict.atRisk.chooser"), "at-risk.xlsx",
                List.of(new FileFilter("Excel (*.xlsx)", List.of("*.xlsx")), new FileFilter("CSV (*.csv)",
                        List.of("*.csv"))));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        String cur = currency.get();
        tasks.submit(p -> {
            List<PredictionRow> rows = r.atRisk();
            PredictionExport.write(rows, target, cur);
            return rows.size();
        }, TaskCallbacks.of(n -> dialogs.showInfo(i18n.get("predict.atRisk.done"),
                i18n.format("predict.atRisk.doneText", n, target)), e -> dialogs.showError(
                i18n.get("predict.atRisk.error"), e)));
    }
}
