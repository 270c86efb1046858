package org.valuelens.gui.subscription;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.BgBbReport;
import org.valuelens.service.SubscriptionReport;

/**
 * The Subscriptions page: sBG for one subscription cohort (typed survivors per period) and BG/BB for a pasted
 * recency/frequency table of discrete opportunities. Works without an open dataset.
 */
public final class SubscriptionView extends PageView {
    /** Sidebar icon: a repeating calendar (24×24 grid, stroke). */
    public static final String ICON = "M4 6 H20 V20 H4 Z M4 10 H20 M8 3 V7 M16 3 V7 M9 15 A3 3 0 1 0 12 12 "
            + "M12 12 L11 10.5 M12 12 L13.5 11";

    /**
     * @param sbg  the sBG section's view model
     * @param bgbb the BG/BB section's view model
     * @param i18n texts
     */
    public SubscriptionView(SubscriptionViewModel sbg, BgBbViewModel bgbb, I18n i18n) {
        super(i18n, "page.subscription.title", "page.subscription.subtitle", ICON);
        setId("page-subscription");
        Tab sbgTab = new Tab(i18n.get("subscription.tab.sbg"), sbgSection(sbg, i18n));
        sbgTab.setId("sbg-tab");
        Tab bgbbTab = new Tab(i18n.get("subscription.tab.bgbb"), bgbbSection(bgbb, i18n));
        bgbbTab.setId("bgbb-tab");
        TabPane tabs = new TabPane(sbgTab, bgbbTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(0, 24, 16, 24));
        setCenter(box);
    }

    private Node sbgSection(SubscriptionViewModel model, I18n i18n) {
        TextArea active = new TextArea();
        active.setId("sbg-active");
        active.setPromptText(SubscriptionViewModel.EXAMPLE);
        active.setWrapText(true);
        active.setPrefRowCount(3);
        active.textProperty().bindBidirectional(model.activeTextProperty());
        TextField cohort = field("sbg-cohort", model.cohortSizeTextProperty());
        TextField horizon = field("sbg-horizon", model.horizonTextProperty());
        TextField discount = field("sbg-discount", model.discountPercentTextProperty());
        TextField value = field("sbg-value", model.valueTextProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        columns(grid);
        grid.addRow(0, wrapped(i18n.get("subscription.cohortSize"), null), cohort);
        grid.addRow(1, wrapped(i18n.get("subscription.horizon"), null), horizon);
        grid.addRow(2, wrapped(i18n.get("subscription.discount"), null), discount);
        grid.addRow(3, wrapped(i18n.get("subscription.value"), null), value);
        Button fit = accent("sbg-fit", i18n.get("subscription.fit"));
        fit.setOnAction(e -> model.fit());
        Button example = new Button(i18n.get("subscription.example"));
        example.setId("sbg-example");
        example.setOnAction(e -> model.useExample());
        Button explain = new Button(i18n.get("explain.button"));
        explain.setId("sbg-explain");
        explain.setOnAction(e -> model.explain());
        Label hint = wrapped(i18n.get("subscription.hint"), null);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = wrapped("", "sbg-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        Label summary = wrapped("", "sbg-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox inputs = inputs(wrapped(i18n.get("subscription.active"), null), active, hint, grid,
                buttons(model.runningProperty(), fit, example, explain), message, summary);

        NumberFormat pct = i18n.numbers(null).percentFormat(1);
        NumberFormat count = NumberFormat.getNumberInstance(i18n.locale());
        count.setMaximumFractionDigits(1);
        TableView<SubscriptionReport.Period> table = new TableView<>(model.periods());
        table.setId("sbg-table");
        table.setPlaceholder(PageView.placeholder(i18n.get("subscription.empty")));
        table.getStyleClass().add(Styles.DENSE);
        table.getColumns().add(num(i18n.get("subscription.col.period"), SubscriptionReport.Period::period, count));
        table.getColumns().add(num(i18n.get("subscription.col.observed"), SubscriptionReport.Period::observedActive,
                count));
        table.getColumns().add(num(i18n.get("subscription.col.fitted"), SubscriptionReport.Period::fittedShare, pct));
        table.getColumns().add(num(i18n.get("subscription.col.expected"), SubscriptionReport.Period::expectedActive,
                count));
        table.getColumns().add(num(i18n.get("subscription.col.retention"), p -> Double.isNaN(p.retentionRate())
                ? null : p.retentionRate(), pct));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableHeaders.fit(table);
        ChartViewer chart = viewer("sbg-chart", model.chartProperty());
        org.valuelens.gui.common.ExportMenus.chart(chart, model.exports());
        org.valuelens.gui.common.ExportMenus.table(table, model.exports(), Format.INTEGER, Format.INTEGER,
                Format.PERCENT, Format.DECIMAL, Format.PERCENT);
        return results(inputs, chart, table);
    }

    private Node bgbbSection(BgBbViewModel model, I18n i18n) {
        TextArea table = new TextArea();
        table.setId("bgbb-table-text");
        table.setPromptText("x, t_x, n, customers\n6, 6, 6, 1203\n5, 6, 6, 728");
        table.setPrefRowCount(9);
        table.textProperty().bindBidirectional(model.tableTextProperty());
        TextField horizon = field("bgbb-horizon", model.horizonTextProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        columns(grid);
        grid.addRow(0, wrapped(i18n.get("bgbb.horizon"), null), horizon);
        Button fit = accent("bgbb-fit", i18n.get("subscription.fit"));
        fit.setOnAction(e -> model.fit());
        Button example = new Button(i18n.get("bgbb.example"));
        example.setId("bgbb-example");
        example.setOnAction(e -> model.useExample());
        javafx.scene.control.ComboBox<String> period = new javafx.scene.control.ComboBox<>();
        period.setId("bgbb-period");
        period.getItems().setAll(org.valuelens.service.DiscretePeriods.PERIODS);
        period.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String p) {
                return p == null ? "" : switch (p) {
                    case "month" -> i18n.get("bgbb.period.month");
                    case "quarter" -> i18n.get("bgbb.period.quarter");
                    default -> i18n.get("bgbb.period.year");
                };
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        Button fromDataset = new Button(i18n.get("bgbb.fromDataset"));
        fromDataset.setId("bgbb-from-dataset");
        fromDataset.setOnAction(e -> model.useOpenDataset());
        javafx.scene.layout.FlowPane dataset = new javafx.scene.layout.FlowPane(8, 6, period, fromDataset);
        Button explain = new Button(i18n.get("explain.button"));
        explain.setId("bgbb-explain");
        explain.setOnAction(e -> model.explain());
        Label hint = wrapped(i18n.get("bgbb.hint"), null);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = wrapped("", "bgbb-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        Label summary = wrapped("", "bgbb-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox inputs = inputs(wrapped(i18n.get("bgbb.table"), null), table, hint, grid,
                buttons(model.runningProperty(), fit, example, explain), wrapped(i18n.get("bgbb.datasetHint"), null),
                dataset, message, summary);

        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        NumberFormat prob = NumberFormat.getNumberInstance(i18n.locale());
        prob.setMinimumFractionDigits(3);
        prob.setMaximumFractionDigits(3);
        TableView<BgBbReport.Row> rows = new TableView<>(model.rows());
        rows.setId("bgbb-rows");
        rows.setPlaceholder(PageView.placeholder(i18n.get("bgbb.empty")));
        rows.getStyleClass().add(Styles.DENSE);
        rows.getColumns().add(num("x", BgBbReport.Row::x, whole));
        rows.getColumns().add(num("t_x", BgBbReport.Row::tx, whole));
        rows.getColumns().add(num("n", BgBbReport.Row::n, whole));
        rows.getColumns().add(num(i18n.get("bgbb.col.customers"), BgBbReport.Row::customers, whole));
        rows.getColumns().add(num(i18n.get("bgbb.col.pAlive"), BgBbReport.Row::pAlive, prob));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableHeaders.fit(rows);
        ChartViewer chart = viewer("bgbb-chart", model.chartProperty());
        org.valuelens.gui.common.ExportMenus.chart(chart, model.exports());
        org.valuelens.gui.common.ExportMenus.table(rows, model.exports(), Format.INTEGER, Format.INTEGER,
                Format.INTEGER, Format.INTEGER, Format.DECIMAL);
        return results(inputs, chart, rows);
    }

    private static void columns(GridPane grid) {
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        label.setMinWidth(0);
        javafx.scene.layout.ColumnConstraints field = new javafx.scene.layout.ColumnConstraints();
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, field);
    }

    private static VBox inputs(Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.setPadding(new Insets(10, 14, 10, 0));
        return box;
    }

    private static javafx.scene.layout.FlowPane buttons(javafx.beans.value.ObservableBooleanValue running,
                                                        Node... nodes) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(running);
        javafx.scene.layout.FlowPane h = new javafx.scene.layout.FlowPane(8, 6, nodes);
        h.getChildren().add(busy);
        h.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n instanceof Button b) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return h;
    }

    private static Node results(VBox inputs, ChartViewer chart, TableView<?> table) {
        table.setPrefHeight(200);
        VBox right = new VBox(8, chart, table);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right.setPadding(new Insets(10, 0, 0, 0));
        HBox.setHgrow(right, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(inputs);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefWidth(400);
        scroll.setMinWidth(360);
        return new HBox(12, scroll, right);
    }

    private static ChartViewer viewer(String id, javafx.beans.value.ObservableValue<JFreeChart> chart) {
        ChartViewer v = new ChartViewer();
        v.setId(id);
        v.setPrefSize(620, 340);
        v.setMinSize(200, 200);
        chart.addListener((obs, o, c) -> {
            if (c != null) {
                v.setChart(c);
            }
        });
        return v;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static Button accent(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.ACCENT);
        return b;
    }

    private static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private static <S> TableColumn<S, Number> num(String title, Function<S, Number> value, NumberFormat fmt) {
        return org.valuelens.gui.common.NumberColumns.number(title, value, fmt, "", 90);
    }
}
