package org.valuelens.gui.customers;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.model.CustomerSummary;
import org.valuelens.service.CustomerDetail;
import org.valuelens.report.export.TableExport.Format;

/** The Customers page: searchable list on the left, the selected customer's history on the right. */
public final class CustomersView extends PageView {
    /** The share of the detail's width, percent, of the names of the customer's figures. */
    private static final double NAMES_SHARE = 58;


    private java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> explainer = r -> { };

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public CustomersView(CustomersViewModel model, I18n i18n) {
        super(i18n, "page.customers.title", "page.customers.subtitle", Icons.CUSTOMERS);
        setId("page-customers");
        Node empty = emptyState(model, Icons.CUSTOMERS, "page.customers.empty");

        TextField search = new TextField();
        search.setId("customers-search");
        search.setPromptText(i18n.get("customers.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        javafx.collections.transformation.SortedList<CustomerSummary> sorted =
                new javafx.collections.transformation.SortedList<>(model.customers());
        TableView<CustomerSummary> table = new TableView<>(sorted);
        table.setPlaceholder(placeholder(i18n.get("customers.empty")));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("customers-table");
        NumberFormat money = NumberFormat.getNumberInstance(i18n.locale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        TableColumn<CustomerSummary, String> id = new TableColumn<>(i18n.get("customers.col.id"));
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customerId()));
        TableColumn<CustomerSummary, java.time.LocalDate> first = new TableColumn<>(i18n.get("customers.col.first"));
        first.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().firstPurchase()));
        TableColumn<CustomerSummary, java.time.LocalDate> last = new TableColumn<>(i18n.get("customers.col.last"));
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastPurchase()));
        TableColumn<CustomerSummary, Integer> purchases = new TableColumn<>(i18n.get("customers.col.purchases"));
        purchases.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().purchaseDays()));
        TableColumn<CustomerSummary, Double> revenue = new TableColumn<>(i18n.get("customers.col.revenue"));
        revenue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue()));
        revenue.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty || v == null ? null : money.format(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        PredictionsViewModel predictions = model.predictions();
        TableColumn<CustomerSummary, Double> orders = new TableColumn<>(i18n.get("predict.col.orders"));
        orders.setId("customers-col-orders");
        orders.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(predictions.row(c.getValue().customerId())
                .map(org.valuelens.service.PredictionRow::expectedOrders).orElse(null)));
        orders.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty || v == null ? null : money.format(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        TableColumn<CustomerSummary, String> risk = new TableColumn<>(i18n.get("predict.col.risk"));
        risk.setId("customers-col-risk");
        risk.setCellValueFactory(c -> new ReadOnlyStringWrapper(predictions.row(c.getValue().customerId())
                .map(r -> predictions.riskLabel(r.churnRisk())).orElse(null)));
        TableColumn<CustomerSummary, String> next = new TableColumn<>(i18n.get("predict.col.next"));
        next.setId("customers-col-next");
        next.setCellValueFactory(c -> new ReadOnlyStringWrapper(predictions.row(c.getValue().customerId())
                .map(predictions::nextOrderText).orElse(null)));
        predictions.reportProperty().addListener((obs, o, n) -> table.refresh());
        orders.setPrefWidth(80);
        risk.setPrefWidth(70);
        next.setPrefWidth(100);
        id.setPrefWidth(90);
        first.setPrefWidth(105);
        last.setPrefWidth(105);
        purchases.setPrefWidth(85);
        revenue.setPrefWidth(100);
        table.getColumns().addAll(java.util.List.of(id, first, last, purchases, revenue, orders, risk, next));
        org.valuelens.gui.common.TableHeaders.fit(table);
        org.valuelens.gui.common.TableHeaders.fitContent(table);
        ExportMenus.table(table, model.exports(), Format.GENERAL, Format.DATE, Format.DATE, Format.INTEGER,
                Format.CURRENCY, Format.DECIMAL, Format.GENERAL, Format.GENERAL);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) ->
                model.select(n == null ? null : n.customerId()));
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.control.Button atRisk = new javafx.scene.control.Button(i18n.get("predict.atRisk.button"));
        atRisk.setId("customers-at-risk");
        atRisk.disableProperty().bind(Bindings.isNull(predictions.reportProperty()));
        atRisk.setOnAction(e -> predictions.exportAtRisk());
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        problem.textProperty().bind(predictions.problemProperty());
        problem.managedProperty().bind(Bindings.isNotNull(predictions.problemProperty()));
        problem.visibleProperty().bind(problem.managedProperty());
        // the export button keeps its whole text; the search field takes the rest and the button moves below it
        // when the list is too narrow for both
        org.valuelens.gui.common.Toolbar.keepWidth(atRisk);
        search.setPrefColumnCount(14);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, search, atRisk);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox left = new VBox(8, bar, problem, table);
        left.setMinWidth(320);
        left.setMinHeight(0);

        GridPane inputs = new GridPane();
        inputs.setId("customers-inputs");
        inputs.setHgap(16);
        inputs.setVgap(4);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        // shares of the detail's width, both wrapping: "Repeat purchases (x)" on one line at 1024×640 (a wrapping
        // label alone would get the column's minimum) and a long prediction never widens the detail past its pane
        names.setPercentWidth(NAMES_SHARE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setPercentWidth(100 - NAMES_SHARE);
        inputs.getColumnConstraints().setAll(names, values);
        Label hint = new Label(i18n.get("customers.select"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        ChartViewer timeline = new ChartViewer();
        timeline.setId("customers-timeline");
        timeline.setMinHeight(170);
        timeline.setPrefHeight(240);
        ChartBinding.bind(timeline, model.timelineProperty());
        ChartViewer alive = new ChartViewer();
        alive.setId("customers-alive");
        alive.setMinHeight(170);
        alive.setPrefHeight(240);
        ChartBinding.bind(alive, model.aliveChartProperty());
        ExportMenus.chart(timeline, model.exports());
        ExportMenus.chart(alive, model.exports());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox.setVgrow(alive, Priority.ALWAYS);
        Label inputsTitle = new Label(i18n.get("customers.inputs"));
        inputsTitle.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.control.Button explain = new javafx.scene.control.Button(i18n.get("explain.buttonBgNbd"));
        explain.setId("customers-explain");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.setOnAction(e -> model.explainSelected().ifPresent(r -> explainer.accept(r)));
        javafx.scene.control.Button explainPrediction = new javafx.scene.control.Button(
                i18n.get("predict.explain.button"));
        explainPrediction.setId("customers-explain-prediction");
        explainPrediction.setOnAction(e -> {
            CustomerDetail d = model.detailProperty().get();
            if (d != null) {
                predictions.explain(d.summary().customerId());
            }
        });
        explainPrediction.disableProperty().bind(Bindings.isNull(predictions.reportProperty()));
        VBox buttons = new VBox(6, explain, explainPrediction);
        VBox detail = new VBox(10, inputsTitle, inputs, buttons, timeline, alive);
        detail.visibleProperty().bind(Bindings.isNotNull(model.detailProperty()));
        Runnable fill = () -> {
            inputs.getChildren().clear();
            CustomerDetail n = model.detailProperty().get();
            java.util.List<String[]> lines = new java.util.ArrayList<>(model.inputs());
            if (n != null) {
                predictions.row(n.summary().customerId()).ifPresent(r -> lines.addAll(predictions.lines(r)));
            }
            int row = 0;
            for (String[] line : lines) {
                Label name = new Label(line[0]);
                name.getStyleClass().add(Styles.TEXT_MUTED);
                name.setWrapText(true);
                name.setMinHeight(Region.USE_PREF_SIZE);
                Label value = new Label(line[1]);
                value.setWrapText(true);
                value.setMinHeight(Region.USE_PREF_SIZE);
                inputs.addRow(row++, name, value);
            }
        };
        model.detailProperty().addListener((obs, o, n) -> fill.run());
        predictions.reportProperty().addListener((obs, o, n) -> fill.run());
        // the detail scrolls inside the page: a selected customer never pushes the window's bars off screen
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        detailScroll.visibleProperty().bind(detail.visibleProperty());
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(hint, detailScroll);
        right.setMinHeight(0);
        hint.visibleProperty().bind(detail.visibleProperty().not());

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.48);
        VBox content = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(0, 40, 24, 40));
        centerProperty().bind(Bindings.when(Bindings.isEmpty(model.customers()).and(
                        Bindings.isEmpty(model.searchProperty())))
                .then(empty).otherwise((Node) content));
        if (model.loadedProperty().get()) {
            model.refresh();
        }
    }

    /**
     * @param handler opens a "How is this computed?" window for a request
     * @return this view
     */
    public CustomersView withExplainer(java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> handler) {
        this.explainer = java.util.Objects.requireNonNull(handler, "handler");
        return this;
    }
}
