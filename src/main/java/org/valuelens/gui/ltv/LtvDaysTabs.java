package org.valuelens.gui.ltv;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.NumberColumns;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.gui.common.Toolbar;
import org.valuelens.gui.common.WrappingTabPane;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.report.export.TableExport.Format;

/**
 * The "N-day value" and "time between orders" tabs of the Cohorts and Channels pages: each a bar of choices, a
 * table and a chart with the export menus, bound to one {@link LtvDaysViewModel}.
 */
public final class LtvDaysTabs {
    /** The least height of a tab's chart, pixels (a cumulative curve needs room for its axes and legend). */
    static final double CHART_MIN_HEIGHT = 220;
    /** The least height of a tab's table, pixels: its header and about three rows. */
    static final double TABLE_MIN_HEIGHT = 110;

    private LtvDaysTabs() {
    }

    /**
     * @param model the sections' view model
     * @param i18n  texts
     * @param id    id prefix of the nodes ("cohorts" or "channels")
     * @return the two tabs; the model runs while either is selected
     */
    public static List<Tab> tabs(LtvDaysViewModel model, I18n i18n, String id) {
        Tab value = new Tab(i18n.get("ltv.tab.value"), valuePane(model, i18n, id));
        value.setId(id + "-ltv-tab");
        Tab repeat = new Tab(i18n.get("ltv.tab.repeat"), repeatPane(model, i18n, id));
        repeat.setId(id + "-repeat-tab");
        model.activeProperty().bind(value.selectedProperty().or(repeat.selectedProperty()));
        return List.of(value, repeat);
    }

    /**
     * The page's content as tabs: its own first, then the N-day value and time-between-orders tabs.
     *
     * @param main  the page's own content
     * @param title the first tab's title
     * @param model the sections' view model
     * @param i18n  texts
     * @param id    id prefix of the nodes ("cohorts" or "channels"); the tab pane is {@code id + "-tabs"}
     * @return the padded box holding the tab pane
     */
    public static VBox withTabs(javafx.scene.layout.Region main, String title, LtvDaysViewModel model, I18n i18n,
                                String id) {
        VBox.setVgrow(main, Priority.ALWAYS);
        main.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        Tab first = new Tab(title, main);
        first.setId(id + "-main-tab");
        List<Tab> more = tabs(model, i18n, id);
        TabPane tabs = new WrappingTabPane(160, first, more.get(0), more.get(1));
        tabs.setId(id + "-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(tabs);
        box.setPadding(new javafx.geometry.Insets(0, 24, 16, 24));
        return box;
    }

    private static Node valuePane(LtvDaysViewModel model, I18n i18n, String id) {
        TableView<LtvRow> table = new TableView<>(model.rows());
        table.setId(id + "-ltv-table");
        table.setPlaceholder(PageView.placeholder(i18n.get("ltv.empty")));
        List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.INTEGER));
        table.getColumns().add(text(i18n.get(model.groupingProperty().get() == LtvGrouping.CHANNEL
                ? "ltv.col.channel" : "ltv.col.cohort"), r -> model.label(r.cohort().label()), 110));
        table.getColumns().add(NumberColumns.number(i18n.get("ltv.col.customers"), r -> r.cohort().customers(),
                NumberFormat.getIntegerInstance(i18n.locale()), "", 80));
        for (int k = 0; k < model.days().size(); k++) {
            int w = k;
            // an incomplete cell is marked "*": some customers' window runs past the data end
            table.getColumns().add(text(i18n.format("ltv.col.days", model.days().get(k)), r -> {
                Double v = model.values(r).get(w);
                return (v == null ? "–" : value(model, i18n, v)) + (r.cohort().complete().get(w) ? "" : " *");
            }, 90));
            formats.add(Format.GENERAL);
        }
        table.getColumns().add(text(i18n.get("ltv.col.toDate"), r -> r.curve() == null ? "–"
                : value(model, i18n, r.curve().toDate(model.shownMetricProperty().get())), 90));
        table.getColumns().add(text(i18n.format("ltv.col.cac", model.currency()), r -> r.cac() == null ? "–"
                : i18n.numbers(model.currency()).money(r.cac(), 2), 80));
        TableColumn<LtvRow, String> payback = text(i18n.get("ltv.col.payback"), r -> r.cac() == null ? "–"
                : r.paybackDay() == null ? i18n.get("ltv.payback.notYet") : Integer.toString(r.paybackDay()), 90);
        table.getColumns().add(payback);
        TableHeaders.tooltip(table, payback, i18n.get("ltv.payback.tooltip"));
        formats.add(Format.GENERAL);
        formats.add(Format.GENERAL);
        formats.add(Format.GENERAL);
        ExportMenus.table(table, model.exports(), formats.toArray(Format[]::new));
        ChartViewer chart = viewer(model, id + "-ltv-chart", model.curveChartProperty());
        ExportMenus.chartData(chart, model.exports(), model::curveTable);
        Label footnote = new Label();
        footnote.getStyleClass().add(Styles.TEXT_MUTED);
        footnote.textProperty().bind(model.footnoteProperty());
        return pane(model, i18n, id, table, chart, true, footnote);
    }

    private static Node repeatPane(LtvDaysViewModel model, I18n i18n, String id) {
        TableView<RepeatRow> table = new TableView<>(model.repeatRows());
        table.setId(id + "-repeat-table");
        table.setPlaceholder(PageView.placeholder(i18n.get("ltv.empty")));
        NumberFormat count = NumberFormat.getIntegerInstance(i18n.locale());
        NumberFormat days = NumberFormat.getNumberInstance(i18n.locale());
        days.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
        percent.setMaximumFractionDigits(1);
        table.getColumns().add(text(i18n.get(model.groupingProperty().get() == LtvGrouping.CHANNEL
                ? "ltv.col.channel" : "ltv.col.cohort"), r -> model.repeatLabel(r.label()), 110));
        table.getColumns().add(text(i18n.get("ltv.col.step"), r -> r.step().from() + " → " + r.step().to(), 70));
        table.getColumns().add(num(i18n.get("ltv.col.eligible"), r -> r.step().eligible(), count));
        table.getColumns().add(num(i18n.get("ltv.col.repeaters"), r -> r.step().customers(), count));
        table.getColumns().add(num(i18n.get("ltv.col.median"), r -> r.step().medianDays(), days));
        table.getColumns().add(num(i18n.get("ltv.col.p25"), r -> r.step().p25Days(), days));
        table.getColumns().add(num(i18n.get("ltv.col.p75"), r -> r.step().p75Days(), days));
        List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.GENERAL, Format.INTEGER,
                Format.INTEGER, Format.DECIMAL, Format.DECIMAL, Format.DECIMAL));
        for (int k = 0; k < model.days().size(); k++) {
            int w = k;
            table.getColumns().add(num(i18n.format("ltv.col.within", model.days().get(k)), r -> within(r.step(), w),
                    percent));
            formats.add(Format.PERCENT);
        }
        ExportMenus.table(table, model.exports(), formats.toArray(Format[]::new));
        ChartViewer chart = viewer(model, id + "-repeat-chart", model.repeatChartProperty());
        Label note = new Label(i18n.get("ltv.repeat.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        return pane(model, i18n, id + "-repeat", table, chart, false, note);
    }

    private static Double within(RepeatStep step, int k) {
        return k < step.shareWithin().size() ? step.shareWithin().get(k) : null;
    }

    private static Node pane(LtvDaysViewModel model, I18n i18n, String id, TableView<?> table, ChartViewer chart,
                             boolean metricChoice, Label below) {
        List<Node> controls = new ArrayList<>();
        if (model.groupingProperty().get() != LtvGrouping.CHANNEL) {
            ComboBox<LtvGrouping> by = new ComboBox<>();
            by.setId(id + "-by");
            by.getItems().setAll(LtvGrouping.MONTH, LtvGrouping.QUARTER, LtvGrouping.YEAR);
            by.setConverter(converter(g -> i18n.get(g == LtvGrouping.MONTH ? "ltv.by.month"
                    : g == LtvGrouping.QUARTER ? "ltv.by.quarter" : "ltv.by.year")));
            by.valueProperty().bindBidirectional(model.groupingProperty());
            controls.add(new Label(i18n.get("ltv.by")));
            controls.add(by);
        }
        if (metricChoice) {
            ComboBox<ValueMetric> metric = new ComboBox<>();
            metric.setId(id + "-metric");
            metric.getItems().setAll(ValueMetric.values());
            metric.setConverter(converter(m -> i18n.get(m == ValueMetric.REVENUE ? "ltv.metric.revenue"
                    : m == ValueMetric.MARGIN ? "ltv.metric.margin" : "ltv.metric.orders")));
            metric.valueProperty().bindBidirectional(model.metricProperty());
            controls.add(new Label(i18n.get("ltv.metric")));
            controls.add(metric);
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        controls.add(busy);
        Label notice = new Label();
        notice.getStyleClass().add(Styles.WARNING);
        // the time-between-orders tab counts days and orders: only why it is empty concerns it
        notice.textProperty().bind(metricChoice ? model.noticeProperty() : model.reasonProperty());
        VBox bar = Toolbar.of(controls.toArray(Node[]::new), notice);
        table.getStyleClass().add(Styles.DENSE);
        TableHeaders.fitContent(table);
        TableHeaders.fit(table);
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        below.setWrapText(true);
        below.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        below.managedProperty().bind(below.textProperty().isNotEmpty());
        VBox box = new VBox(8, bar, split, below);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        // a usable chart (and a few table rows) even at 1024×640: the tab scrolls down instead of squeezing them
        chart.setMinHeight(CHART_MIN_HEIGHT);
        table.setMinHeight(TABLE_MIN_HEIGHT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setId(id + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }


    private static String value(LtvDaysViewModel model, I18n i18n, double v) {
        if (model.shownMetricProperty().get() == ValueMetric.ORDERS) {
            NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            return f.format(v);
        }
        return i18n.numbers(model.currency()).money(v, 2);
    }

    private static ChartViewer viewer(LtvDaysViewModel model, String id, ObservableValue<JFreeChart> chart) {
        ChartViewer v = new ChartViewer();
        v.setId(id);
        v.setMinSize(200, 120);
        v.setPrefSize(500, 260);
        ExportMenus.chart(v, model.exports());
        ChartBinding.bind(v, chart);
        return v;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, Number> num(String title, Function<S, Number> value, NumberFormat fmt) {
        return NumberColumns.number(title, value, fmt, "", 80);
    }
}
