package org.valuelens.gui.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.valuelens.service.BgBbReport;
import org.valuelens.service.BgBbService;

/**
 * State and commands of the discrete-period section: a pasted recency/frequency table, the BG/BB fit, each
 * history's P(alive) and a new customer's expected transactions. Needs no open dataset. FX thread only.
 */
public final class BgBbViewModel {
    /** The bundled example: the donations table of Fader, Hardie &amp; Shang (2010). */
    static final String EXAMPLE_RESOURCE = "/sample/donations_rf_matrix.csv";

    private final BgBbService service = new BgBbService();
    private final org.valuelens.gui.common.SessionHolder sessions;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ChartText chartText;

    // Properties //

    private final StringProperty tableText = new SimpleStringProperty("");
    private final StringProperty horizonText = new SimpleStringProperty("5");
    private final javafx.beans.property.ObjectProperty<String> period =
            new javafx.beans.property.SimpleObjectProperty<>("year");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BgBbReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BgBbReport.Row> rows = FXCollections.observableArrayList();

    /**
     * @param tasks   runs the fit off the FX thread
     * @param dialogs explanations
     * @param i18n    texts
     */
    public BgBbViewModel(TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        this(new org.valuelens.gui.common.SessionHolder(), tasks, dialogs, i18n);
    }

    /**
     * @param sessions the open workspace, for tables built from a dataset
     * @param tasks    runs the fit off the FX thread
     * @param dialogs  explanations
     * @param i18n     texts
     */
    public BgBbViewModel(org.valuelens.gui.common.SessionHolder sessions, TaskExecutor tasks, DialogService dialogs,
                         I18n i18n) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.chartText = ChartText.of(i18n.locale());
    }

    /** @return the table as pasted: lines of x, t_x, n, customers */
    public StringProperty tableTextProperty() {
        return tableText;
    }

    /** @return opportunities to project, as typed */
    public StringProperty horizonTextProperty() {
        return horizonText;
    }

    /** @return the calendar period of one opportunity when the table is built from a dataset */
    public javafx.beans.property.ObjectProperty<String> periodProperty() {
        return period;
    }

    /** @return whether a fit is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return the last problem with the input, one sentence ("" when none) */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the parameters in one paragraph ("" before a fit) */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return the last fit, {@code null} before one */
    public ReadOnlyObjectProperty<BgBbReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** @return a new customer's expected transactions */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** @return the table's histories with P(alive) */
    public ObservableList<BgBbReport.Row> rows() {
        return rows;
    }

    // Commands //

    /** Fills in the donations table (Fader, Hardie &amp; Shang 2010) and fits it. */
    public void useExample() {
        try (InputStream in = BgBbViewModel.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            tableText.set(new String(Objects.requireNonNull(in, EXAMPLE_RESOURCE).readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            message.set(e.getMessage());
            return;
        }
        fit();
    }

    /**
     * Builds the table from the open dataset (one opportunity per {@link #periodProperty()}) in the background,
     * shows it as text and fits it; without an open dataset sets {@link #messageProperty()} instead.
     */
    public void useOpenDataset() {
        if (sessions.current().isEmpty()) {
            message.set(i18n.get("bgbb.error.noDataset"));
            return;
        }
        String p = period.get();
        Integer dataset = sessions.datasetId();
        message.set("");
        running.set(true);
        tasks.submit(l -> new org.valuelens.service.DiscretePeriods(sessions.require().analysis()).table(p,
                org.valuelens.service.AnalysisSettings.defaults(org.valuelens.model.TimeUnit.WEEK)
                        .withDataset(dataset), l), TaskCallbacks.of(lines -> {
                            running.set(false);
                            StringBuilder b = new StringBuilder("x, t_x, n, customers\n");
                            for (BgBbService.Line line : lines) {
                                b.append(line.x()).append(", ").append(line.tx()).append(", ").append(line.n())
                                        .append(", ").append(line.customers()).append('\n');
                            }
                            tableText.set(b.toString());
                            fit();
                        }, this::failed));
    }

    /** Fits the pasted table in the background; bad input sets {@link #messageProperty()} instead. */
    public void fit() {
        List<BgBbService.Line> lines;
        int horizon;
        try {
            horizon = Integer.parseInt(horizonText.get().trim());
            lines = BgBbService.parse(tableText.get());
        } catch (NumberFormatException e) {
            message.set(i18n.get("bgbb.error.horizon"));
            return;
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("");
        running.set(true);
        tasks.submit(p -> {
            BgBbReport r = service.fit(lines, horizon);
            double[] expected = r.expected().stream().mapToDouble(Double::doubleValue).toArray();
            return new Object[] {r, ScriptFonts.localise(RetentionCharts.expectedTransactions(expected, chartText),
                    i18n.locale())};
        }, TaskCallbacks.of(this::show, this::failed));
    }

    /** Shows how BG/BB is fitted and what the figures mean. */
    public void explain() {
        dialogs.showInfo(i18n.get("bgbb.explain.title"), i18n.get("bgbb.explain.text"));
    }

    private void show(Object[] result) {
        running.set(false);
        BgBbReport r = (BgBbReport) result[0];
        report.set(r);
        rows.setAll(r.rows());
        chart.set((JFreeChart) result[1]);
        var p = r.fit().parameters();
        summary.set(i18n.format("bgbb.summary", fixed(p.get("alpha"), 3), fixed(p.get("beta"), 3),
                fixed(p.get("gamma"), 3), fixed(p.get("delta"), 3), fixed(r.fit().logLikelihood(), 2),
                fixed(r.customers(), 0), r.expected().size(), fixed(r.expected().get(r.expected().size() - 1), 2))
                + (r.fit().warnings().isEmpty() ? "" : "\n" + String.join(" ", r.fit().warnings())));
    }

    private String fixed(double v, int digits) {
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
        rows.clear();
        chart.set(null);
        summary.set("");
    }
}
