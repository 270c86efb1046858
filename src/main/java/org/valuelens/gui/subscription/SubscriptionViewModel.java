package org.valuelens.gui.subscription;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.RetentionCharts;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.service.SubscriptionReport;
import org.valuelens.service.SubscriptionService;

/**
 * State and commands of the subscription-cohort section: the customers still active per period as typed, the sBG
 * fit, its curve and projection, and the value of the customers still active (DERL). Needs no open dataset.
 * FX thread only.
 */
public final class SubscriptionViewModel {
    /** Fader &amp; Hardie (2007), regular segment, customers still active after years 0..4 of 1,000. */
    public static final String EXAMPLE = "1000, 631, 468, 382, 326";

    private final SubscriptionService service = new SubscriptionService();
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    // Properties //

    private final StringProperty activeText = new SimpleStringProperty("");
    private final StringProperty cohortSizeText = new SimpleStringProperty("1000");
    private final StringProperty horizonText = new SimpleStringProperty("10");
    private final StringProperty discountPercentText = new SimpleStringProperty("10");
    private final StringProperty valueText = new SimpleStringProperty("1");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SubscriptionReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SubscriptionReport.Period> periods = FXCollections.observableArrayList();

    /**
     * @param tasks   runs the fit off the FX thread
     * @param dialogs explanations
     * @param i18n    texts
     */
    public SubscriptionViewModel(TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
    }

    /** @return customers still active per period as typed, e.g. "1000, 631, 468" */
    public StringProperty activeTextProperty() {
        return activeText;
    }

    /** @return cohort size for percentages, as typed */
    public StringProperty cohortSizeTextProperty() {
        return cohortSizeText;
    }

    /** @return periods to project, as typed */
    public StringProperty horizonTextProperty() {
        return horizonText;
    }

    /** @return discount rate per period in percent, as typed */
    public StringProperty discountPercentTextProperty() {
        return discountPercentText;
    }

    /** @return margin per customer and period, as typed */
    public StringProperty valueTextProperty() {
        return valueText;
    }

    /** @return whether a fit is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return the last problem with the input, one sentence ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the fitted parameters and values in one paragraph ("" before a fit) */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return the last fit, {@code null} before one */
    public ReadOnlyObjectProperty<SubscriptionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return the curve of the last fit */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return one row per period, observed and projected */
    public ObservableList<SubscriptionReport.Period> periods() {
        return periods;
    }

    // Commands //

    /** Fills in the published example (Fader &amp; Hardie 2007, regular segment, years 0..4) and fits it. */
    public void useExample() {
        activeText.set(EXAMPLE);
        fit();
    }

    /** Fits the typed cohort in the background; bad input sets {@link #messageProperty()} instead. */
    public void fit() {
        double[] values;
        long cohort;
        int horizon;
        double discount;
        double value;
        try {
            values = SubscriptionService.parseActive(activeText.get());
            cohort = Long.parseLong(cohortSizeText.get().trim());
            horizon = Integer.parseInt(horizonText.get().trim());
            discount = Double.parseDouble(discountPercentText.get().trim().replace("%", "")) / 100;
            value = Double.parseDouble(valueText.get().trim());
        } catch (NumberFormatException e) {
            message.set(i18n.get("subscription.error.numbers"));
            return;
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        running.set(true);
        tasks.submit(p -> {
            SubscriptionReport r = service.fit(values, cohort, horizon, discount, value);
            return new Object[] {r, chart(r)};
        }, TaskCallbacks.of(this::show, this::failed));
    }

    /** Shows how the fit, the projection and DERL are computed. */
    public void explain() {
        dialogs.showInfo(i18n.get("subscription.explain.title"), i18n.get("subscription.explain.text"));
    }

    private JFreeChart chart(SubscriptionReport r) {
        int k = r.periods().size();
        double[] observed = new double[k];
        double[] fitted = new double[k];
        for (int i = 0; i < k; i++) {
            SubscriptionReport.Period p = r.periods().get(i);
            observed[i] = p.observedShare() == null ? Double.NaN : p.observedShare();
            fitted[i] = p.fittedShare();
        }
        return ScriptFonts.localise(RetentionCharts.survival(observed, fitted, r.observedPeriods(), chartText),
                i18n.locale());
    }

    private void show(Object[] result) {
        running.set(false);
        SubscriptionReport r = (SubscriptionReport) result[0];
        report.set(r);
        periods.setAll(r.periods());
        chart.set((JFreeChart) result[1]);
        int n = r.observedPeriods();
        summary.set(i18n.format("subscription.summary", fixed(r.fit().parameter("alpha"), 3),
                fixed(r.fit().parameter("beta"), 3), fixed(r.lifetime(), 2), fixed(r.lifetimeValue(), 2), n,
                fixed(r.residualLifetime(), 2), fixed(r.active()[n], 0), fixed(r.residualValue(), 2))
                + (r.fit().warnings().isEmpty() ? "" : "\n" + String.join(" ", r.fit().warnings())));
    }

    /** @return {@code v} with exactly {@code digits} decimals, grouped, in the interface language */
    String fixed(double v, int digits) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    /** @return chart and table export commands for this section's views (a new instance each call) */
    public org.valuelens.gui.common.ExportActions exports() {
        return new org.valuelens.gui.common.ExportActions(tasks, dialogs, i18n, () -> "");
    }

    private void failed(Throwable e) {
        running.set(false);
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
        report.set(null);
        periods.setAll(List.of());
        chart.set(null);
        summary.set("");
    }
}
