package org.valuelens.gui.whatif;

import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.clv.ClvFormulas;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.clv.ClvStep;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.summary.BaseFigures;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ModelCharts;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.Settings;

/**
 * State and commands of the What-if calculator: the inputs of the simple and the discounted retention CLV, both
 * results and a chart of the cumulative discounted value by year, recomputed on every change (with
 * {@link ClvFormulas}). "Load from dataset" fills AOV, purchases per year and margin from the open data in the
 * background. Works without data. FX thread only.
 *
 * <p>Units: money in the settings' currency; purchases per year; lifespan in years; retention, margin and
 * discount rate in percent per year (retention and discount) or of revenue (margin).
 */
public final class WhatIfViewModel extends PageViewModel {

    /** Longest horizon of the chart, years. */
    static final int MAX_YEARS = 50;

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UserSettings settings;
    private final I18n i18n;

    private final DoubleProperty aov = new SimpleDoubleProperty(50);
    private final DoubleProperty purchasesPerYear = new SimpleDoubleProperty(4);
    private final DoubleProperty lifespanYears = new SimpleDoubleProperty(3);
    private final DoubleProperty retentionPercent = new SimpleDoubleProperty(60);
    private final BooleanProperty useRetention = new SimpleBooleanProperty(false);
    private final DoubleProperty marginPercent = new SimpleDoubleProperty(30);
    private final DoubleProperty discountPercent = new SimpleDoubleProperty(10);
    private final DoubleProperty cac = new SimpleDoubleProperty(20);

    private final ReadOnlyDoubleWrapper simpleClv = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper discountedClv = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper simpleText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper discountedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper derivedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private int generation;
    private boolean filledFromDataset;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private double[] cumulative = new double[0];

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services ("Load from dataset")
     * @param tasks        runs the dataset figures off the FX thread
     * @param settings     currency symbol, margin and discount rate defaults
     * @param i18n         texts and number formats
     */
    public WhatIfViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                           TaskExecutor tasks, DialogService dialogs, UserSettings settings, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        Settings s = settings.get();
        marginPercent.set(round(s.margin() * 100, 2));
        discountPercent.set(round(s.annualDiscountRate() * 100, 2));
        for (Observable o : List.of(aov, purchasesPerYear, lifespanYears, retentionPercent, useRetention,
                marginPercent, discountPercent, cac)) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    // Properties //

    /** @return average order value, currency per order ({@code >= 0}) */
    public DoubleProperty aovProperty() {
        return aov;
    }

    /** @return purchases per customer per year ({@code >= 0}) */
    public DoubleProperty purchasesPerYearProperty() {
        return purchasesPerYear;
    }

    /** @return expected lifespan, years ({@code >= 0}); used when {@link #useRetentionProperty()} is false */
    public DoubleProperty lifespanYearsProperty() {
        return lifespanYears;
    }

    /** @return yearly retention, percent in [0, 100); used when {@link #useRetentionProperty()} is true */
    public DoubleProperty retentionPercentProperty() {
        return retentionPercent;
    }

    /** @return whether the lifetime is given as a retention rate instead of a lifespan */
    public BooleanProperty useRetentionProperty() {
        return useRetention;
    }

    /** @return gross margin, percent of revenue in [0, 100] */
    public DoubleProperty marginPercentProperty() {
        return marginPercent;
    }

    /** @return annual discount rate, percent ({@code >= 0}) */
    public DoubleProperty discountPercentProperty() {
        return discountPercent;
    }

    /** @return acquisition cost per customer, currency ({@code >= 0}) */
    public DoubleProperty cacProperty() {
        return cac;
    }

    /** @return simple CLV = AOV × F × L × m − CAC, currency */
    public ReadOnlyDoubleProperty simpleClvProperty() {
        return simpleClv.getReadOnlyProperty();
    }

    /** @return discounted retention CLV = m_year × (1 + d) / (1 + d − r) − CAC, currency */
    public ReadOnlyDoubleProperty discountedClvProperty() {
        return discountedClv.getReadOnlyProperty();
    }

    /** @return the simple CLV, formatted with the currency symbol */
    public ReadOnlyStringProperty simpleTextProperty() {
        return simpleText.getReadOnlyProperty();
    }

    /** @return the discounted CLV, formatted with the currency symbol */
    public ReadOnlyStringProperty discountedTextProperty() {
        return discountedText.getReadOnlyProperty();
    }

    /** @return yearly margin, LTV:CAC and payback in one or two sentences */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    /** @return the lifespan implied by the retention rate, or the retention implied by the lifespan */
    public ReadOnlyStringProperty derivedTextProperty() {
        return derivedText.getReadOnlyProperty();
    }

    /** @return the input problem or "loaded from dataset" sentence ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return whether dataset figures are being loaded */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** @return cumulative discounted value by year (year 0 = −CAC + first year's margin) */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    /** @return cumulative discounted value at the end of years 0..H, currency (a copy) */
    public double[] cumulative() {
        return cumulative.clone();
    }

    // Commands //

    /**
     * Another dataset is open: figures filled from the previous dataset are replaced by this dataset's (typed
     * what-if values stay).
     */
    @Override
    protected void datasetSwitched() {
        generation++;
        loading.set(false);
        message.set("");
        if (filledFromDataset) {
            filledFromDataset = false;
            if (workspace().isLoaded()) {
                loadFromDataset();
            }
        }
    }

    /** Fills AOV, purchases per year and margin from the open dataset, in the background. */
    public void loadFromDataset() {
        if (!workspace().isLoaded() || sessions.current().isEmpty()) {
            message.set(i18n.get("whatif.load.none"));
            return;
        }
        AnalysisSettings s = settings.get().analysis(sessions.datasetId());
        double fallbackMargin = settings.get().margin();
        loading.set(true);
        int gen = generation;
        tasks.submit(p -> {
            sessions.require().analysis().requireAmounts(s, "the average order value");
            return preset(sessions.require().analysis().summarize(s, p), s, fallbackMargin);
        },
                TaskCallbacks.of(preset -> {
                    if (gen == generation) {
                        apply(preset);
                    }
                }, e -> {
                    loading.set(false);
                    if (org.valuelens.service.NoAmounts.is(e)) {
                        message.set(i18n.get("page.noAmounts"));
                    } else if (!(e instanceof CancelledException)) {
                        message.set(i18n.format("whatif.load.error", ErrorTexts.message(i18n, e)));
                    }
                }));
    }

    /**
     * Dataset figures for the calculator.
     *
     * @param aov              average order value, revenue / orders (the Overview's figure)
     * @param purchasesPerYear mean over customers of purchase days per observed year (at least one month)
     * @param margin           margin fraction (from cost when the data has it, else the settings)
     * @param customers        customers summarised
     */
    record Preset(double aov, double purchasesPerYear, double margin, int customers) {
    }

    /** The dataset's AOV and purchases per year as defined once in {@link BaseFigures} (docs/definitions.md). */
    static Preset preset(SummaryResult summary, AnalysisSettings s, double fallbackMargin) {
        BaseFigures base = BaseFigures.of(summary.customers(), s.timeUnit());
        double margin = 0;
        for (CustomerSummary c : summary.customers()) {
            margin += c.historicalMargin(fallbackMargin);
        }
        return new Preset(base.averageOrderValue(), base.purchasesPerYear(),
                base.revenue() > 0 ? margin / base.revenue() : fallbackMargin, base.customers());
    }

    private void apply(Preset p) {
        loading.set(false);
        filledFromDataset = true;
        aov.set(round(p.aov(), 2));
        purchasesPerYear.set(round(p.purchasesPerYear(), 2));
        marginPercent.set(round(Math.max(0, Math.min(1, p.margin())) * 100, 1));
        discountPercent.set(round(settings.get().annualDiscountRate() * 100, 2));
        if (datasetSettings().cac() != null) {
            cac.set(datasetSettings().cac()); // the CAC entered for this dataset on the CLV or Cohorts page
        }
        message.set(i18n.format("whatif.load.done", datasetNameProperty().get(),
                NumberFormat.getIntegerInstance(i18n.locale()).format(p.customers())));
    }

    private void recompute() {
        double m = marginPercent.get() / 100;
        double d = discountPercent.get() / 100;
        double r;
        double life;
        NumberFormat one = NumberFormat.getNumberInstance(i18n.locale());
        one.setMaximumFractionDigits(1);
        if (useRetention.get()) {
            r = retentionPercent.get() / 100;
            life = r >= 1 ? Double.POSITIVE_INFINITY : 1 / (1 - r);
            derivedText.set(i18n.format("whatif.derived.lifespan", one.format(life)));
        } else {
            life = lifespanYears.get();
            r = life <= 1 ? 0 : 1 - 1 / life;
            derivedText.set(i18n.format("whatif.derived.retention", one.format(r * 100)));
        }
        try {
            ClvResult simple = ClvFormulas.simpleWithMargin(aov.get(), purchasesPerYear.get(), life, m, cac.get());
            double yearly = aov.get() * purchasesPerYear.get() * m;
            ClvResult discounted = ClvFormulas.retentionFirstMarginUpFront(yearly, r, d);
            int years = (int) Math.min(MAX_YEARS, Math.max(10, Math.ceil(4 * life)));
            double[] revenue = new double[years];
            double[] cost = new double[years];
            java.util.Arrays.fill(revenue, aov.get() * purchasesPerYear.get());
            java.util.Arrays.fill(cost, aov.get() * purchasesPerYear.get() * (1 - m));
            ClvResult flows = ClvFormulas.discountedCashFlow(revenue, cost, r, d, "year");
            double[] cum = new double[years + 1];
            cum[0] = yearly - cac.get();
            List<ClvStep> steps = flows.steps();
            for (int t = 1; t <= years; t++) {
                cum[t] = cum[t - 1] + steps.get(t - 1).value();
            }
            cumulative = cum;
            simpleClv.set(simple.value());
            discountedClv.set(discounted.value() - cac.get());
            String cur = currency();
            simpleText.set(money(simple.value()));
            discountedText.set(money(discounted.value() - cac.get()));
            int payback = -1;
            for (int t = 0; t < cum.length; t++) {
                if (cum[t] >= 0) {
                    payback = t;
                    break;
                }
            }
            String ratio = cac.get() > 0 ? one.format(discounted.value() / cac.get()) + " : 1" : "–";
            String pay = payback < 0 ? i18n.format("whatif.payback.never", years)
                    : i18n.format("whatif.payback.year", payback + 1);
            detailText.set(i18n.format("whatif.detail", money(yearly), ratio, pay));
            if (message.get().startsWith("⚠")) {
                message.set("");
            }
            chart.set(chart(cum, cur));
        } catch (IllegalArgumentException e) {
            simpleText.set("–");
            discountedText.set("–");
            message.set("⚠ " + e.getMessage());
        }
    }

    private JFreeChart chart(double[] cum, String cur) {
        JFreeChart c = ModelCharts.whatIf(new String[] {i18n.get("whatif.chart.title"), i18n.get("whatif.chart.x"),
            i18n.format("whatif.chart.y", cur), i18n.get("whatif.chart.series"), i18n.get("whatif.chart.limit")},
                cum, discountedClv.get(), ChartText.of(i18n.locale()));
        ScriptFonts.localise(c, i18n.locale());
        return c;
    }

    private String money(double v) {
        return i18n.numbers(currency()).money(v, 2);
    }

    private static double round(double v, int digits) {
        double p = Math.pow(10, digits);
        return Math.round(v * p) / p;
    }

    /** @return chart export commands for this page's chart (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, this::currency);
    }
}
