package org.valuelens.gui.products;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.DialogService;
import org.valuelens.gui.common.EmptyStateActions;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageViewModel;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.gui.common.WorkspaceState;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ProductService;
import org.valuelens.service.ServiceException;

/**
 * State and commands of the Products page (issue 17): the first-product table, N-day value by acquisition month,
 * time between orders and "bought A, later bought B" pairs, with a chart each. A dataset without a product column
 * shows the reason as the page notice. FX thread only.
 */
public final class ProductsViewModel extends PageViewModel {

    private final SessionHolder sessions;
    private final UserSettings settings;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;

    private int generation;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanProperty byCategory = new SimpleBooleanProperty(false);
    private final IntegerProperty minCustomers = new SimpleIntegerProperty(5);
    private final ObservableList<FirstProductRow> firstProducts = FXCollections.observableArrayList();
    private final ObservableList<LtvCohort> cohorts = FXCollections.observableArrayList();
    private final ObservableList<RepeatStep> steps = FXCollections.observableArrayList();
    private final ObservableList<AffinityPair> pairs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Integer>> days = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ProductsOutcome> outcome = new ReadOnlyObjectWrapper<>();

    /**
     * @param workspace    what is open
     * @param emptyActions the commands of the empty state
     * @param sessions     the open workspace's services
     * @param settings     user settings (margin, currency, returns)
     * @param tasks        runs the analysis off the FX thread
     * @param dialogs      error messages
     * @param i18n         texts
     */
    public ProductsViewModel(WorkspaceState workspace, EmptyStateActions emptyActions, SessionHolder sessions,
                             UserSettings settings, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        super(workspace, emptyActions);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    // Properties //

    /** @return whether a job is running */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return whether the first-product table is by category instead of product */
    public BooleanProperty byCategoryProperty() {
        return byCategory;
    }

    /** @return first products (or categories) that acquired fewer customers are left out */
    public IntegerProperty minCustomersProperty() {
        return minCustomers;
    }

    /** @return first-product rows, most customers first */
    public ObservableList<FirstProductRow> firstProducts() {
        return firstProducts;
    }

    /** @return N-day value by acquisition month, then the "all" row */
    public ObservableList<LtvCohort> cohorts() {
        return cohorts;
    }

    /** @return time between orders: 1 → 2, 2 → 3, 3 → 4 */
    public ObservableList<RepeatStep> steps() {
        return steps;
    }

    /** @return "bought A, later bought B" pairs, highest lift first */
    public ObservableList<AffinityPair> pairs() {
        return pairs;
    }

    /** @return the N-day windows of the tables */
    public ReadOnlyObjectProperty<List<Integer>> daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** @return the last result (names and charts), {@code null} before the first run */
    public ReadOnlyObjectProperty<ProductsOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** @return the currency symbol */
    public String currency() {
        return settings.get().currencySymbol();
    }

    /** @param key a product or category key of the current rows @return its name */
    public String name(int key) {
        ProductsOutcome o = outcome.get();
        return o == null ? "" : o.name(key);
    }

    /** @param key a product key @return its name with the description */
    public String productName(int key) {
        ProductsOutcome o = outcome.get();
        return o == null ? "" : o.data().productName(key);
    }

    // Commands //

    /** Another dataset is open: drop the previous dataset's results. */
    @Override
    protected void datasetSwitched() {
        generation++;
        running.set(false);
        clear();
    }

    private void clear() {
        firstProducts.clear();
        cohorts.clear();
        steps.clear();
        pairs.clear();
        outcome.set(null);
    }

    /** Runs the analyses when a workspace session is open; otherwise does nothing. */
    public void refresh() {
        if (sessions.current().isPresent()) {
            run();
        }
    }

    /** Computes every table and chart in the background. */
    public void run() {
        AnalysisSettings as = settings.get().analysis(sessions.datasetId());
        boolean category = byCategory.get();
        int min = Math.max(1, minCustomers.get());
        ProductsCharts charts = new ProductsCharts(i18n, currency());
        running.set(true);
        int gen = generation;
        tasks.submit(p -> ProductsOutcome.compute(sessions.require(), as, category, min, charts, p),
                TaskCallbacks.of(o -> {
                    if (gen != generation) {
                        return;
                    }
                    running.set(false);
                    outcome.set(o);
                    days.set(o.days());
                    firstProducts.setAll(o.first() == null ? List.of() : o.first().rows());
                    cohorts.setAll(o.cohorts());
                    steps.setAll(o.repeat().steps());
                    pairs.setAll(o.pairs());
                    setNotice(o.notice() == null ? "" : i18n.get(o.notice()));
                }, e -> {
                    running.set(false);
                    if (e instanceof CancelledException || noticeNoAmounts(e, i18n.get("page.noAmounts"))) {
                        return;
                    }
                    if (e instanceof ServiceException && ProductService.NO_CATEGORIES.equals(e.getMessage())) {
                        setNotice(i18n.get("products.noCategories"));
                        return;
                    }
                    dialogs.showError(i18n.format("error.analysis", e.getMessage() == null ? e.toString()
                            : e.getMessage()), e);
                }));
    }

    /** @return chart and table export commands for this page's views (a new instance each call) */
    public ExportActions exports() {
        return new ExportActions(tasks, dialogs, i18n, this::currency);
    }
}
