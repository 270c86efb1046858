package org.valuelens.gui.clv;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ClvMethodNames;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.model.TimeUnit;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.ClvMethod;

/** The CLV page: method and parameters, results table, summary, distribution, model diagnostics and holdout. */
public final class ClvView extends PageView {

    private final ClvViewModel model;
    private java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> explainer = r -> { };

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ClvView(ClvViewModel model, I18n i18n) {
        super(i18n, "page.clv.title", "page.clv.subtitle", Icons.CLV);
        this.model = model;
        setId("page-clv");
        Node empty = emptyState(model, Icons.CLV, "page.clv.empty");
        Node content = content(i18n);
        setCenter(model.loadedProperty().get() ? content : empty);
        model.loadedProperty().addListener((obs, was, now) -> setCenter(now ? content : empty));
    }

    private Node content(I18n i18n) {
        ComboBox<ClvMethod> method = new ComboBox<>();
        method.setId("clv-method");
        method.getItems().setAll(ClvMethod.values());
        method.setConverter(converter(m -> ClvMethodNames.of(i18n, m)));
        method.valueProperty().bindBidirectional(model.methodProperty());
        ComboBox<TimeUnit> unit = new ComboBox<>();
        unit.setId("clv-unit");
        unit.getItems().setAll(TimeUnit.values());
        unit.setConverter(converter(u -> i18n.get(ClvViewModel.unitKey(u))));
        unit.valueProperty().bindBidirectional(model.timeUnitProperty());
        String cur = model.currency();
        FlowPane form = new FlowPane(14, 8,
                field(i18n.get("clv.field.method"), method),
                field(i18n.get("clv.field.unit"), unit),
                field(i18n.get("clv.field.horizon"), text("clv-horizon", 5, model.horizonProperty())),
                field(i18n.get("clv.field.discount"), text("clv-discount", 4, model.discountPercentProperty())),
                field(i18n.get("clv.field.margin"), text("clv-margin", 4, model.marginPercentProperty())),
                field(i18n.format("clv.field.cac", cur), text("clv-cac", 5, model.cacProperty())),
                field(i18n.get("clv.field.lifespan"), text("clv-lifespan", 3, model.lifespanProperty())),
                field(i18n.get("clv.field.calibrationEnd"), text("clv-calibration", 8,
                        model.calibrationEndProperty())));
        TextField cal = (TextField) ((HBox) form.getChildren().get(7)).getChildren().get(1);
        cal.setPromptText(i18n.get("clv.field.calibrationEnd.prompt"));
        Button run = new Button(i18n.get("clv.run"));
        run.setId("clv-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        // at 1024×640 the folded row (method, Run) leaves the results table room for more than two rows
        org.valuelens.gui.common.CollapsibleForm fold = new org.valuelens.gui.common.CollapsibleForm(
                java.util.List.copyOf(form.getChildren().subList(1, form.getChildren().size())),
                i18n.get("clv.settings.more"), i18n.get("clv.settings.fewer"));
        fold.toggle().setId("clv-settings-toggle");
        fold.foldAfter(model.reportProperty(), form);
        form.getChildren().addAll(run, busy, fold.toggle());
        form.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("clv-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        org.valuelens.gui.common.WrappingTabPane tabs = side(i18n);
        SplitPane split = new SplitPane(results(i18n), tabs);
        split.setDividerPositions(0.6);
        tabs.keepHeadersIn(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, form, message, split);
        box.setPadding(new Insets(0, 24, 16, 24));
        return box;
    }

    private Node results(I18n i18n) {
        String cur = model.currency();
        TextField min = text("clv-min", 7, model.minClvProperty());
        min.setPromptText(cur);
        TextField search = text("clv-search", 10, model.searchProperty());
        search.setPromptText(i18n.get("clv.search.prompt"));
        TableView<ClvViewModel.Row> table = new TableView<>();
        table.setId("clv-table");
        table.setPlaceholder(placeholder(i18n.get("clv.empty")));
        SortedList<ClvViewModel.Row> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        NumberFormat n2 = i18n.numbers(cur).moneyFormat(2);
        NumberFormat n1 = NumberFormat.getNumberInstance(i18n.locale());
        n1.setMaximumFractionDigits(1);
        n1.setMinimumFractionDigits(1);
        NumberFormat p3 = NumberFormat.getNumberInstance(i18n.locale());
        p3.setMaximumFractionDigits(3);
        p3.setMinimumFractionDigits(3);
        TableColumn<ClvViewModel.Row, String> id = new TableColumn<>(i18n.get("clv.col.customer"));
        id.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().customerId()));
        id.setPrefWidth(60);
        table.getColumns().add(id);
        // plain words on the headers; the model's symbols (x, t_x, T) are in the header tooltips
        TableColumn<ClvViewModel.Row, Number> repeats = num(i18n.get("clv.col.x"), ClvViewModel.Row::x,
                NumberFormat.getIntegerInstance(i18n.locale()), "", 30);
        TableColumn<ClvViewModel.Row, Number> since = num(i18n.get("clv.col.tx"),
                r -> r.age() - r.tx(), n1, "", 48);
        TableColumn<ClvViewModel.Row, Number> age = num(i18n.get("clv.col.T"), ClvViewModel.Row::age, n1, "", 48);
        table.getColumns().add(repeats);
        table.getColumns().add(since);
        table.getColumns().add(age);
        TableHeaders.tooltip(table, repeats, i18n.get("clv.col.x.tip"));
        TableHeaders.tooltip(table, since, i18n.get("clv.col.tx.tip"));
        TableHeaders.tooltip(table, age, i18n.get("clv.col.T.tip"));
        table.getColumns().add(num(i18n.get("clv.col.revenue"), ClvViewModel.Row::revenue, n2, "", 92));
        table.getColumns().add(num(i18n.get("clv.col.historical"), ClvViewModel.Row::historical, n2, "",
                85));
        TableColumn<ClvViewModel.Row, Number> clv = num(i18n.get("clv.col.clv"), ClvViewModel.Row::clv, n2,
                "", 80);
        clv.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(clv);
        table.getColumns().add(num(i18n.get("clv.col.pAlive"), ClvViewModel.Row::pAlive, p3, "", 50));
        table.getSortOrder().add(clv);
        org.valuelens.gui.common.TableHeaders.fitContent(table);
        fitHeaders(table);
        ExportMenus.table(table, model.exports(), Format.GENERAL, Format.INTEGER, Format.DECIMAL, Format.DECIMAL,
                Format.CURRENCY, Format.CURRENCY, Format.CURRENCY, Format.DECIMAL);
        table.getStyleClass().add(Styles.DENSE);
        Button copy = new Button(i18n.get("clv.copy"));
        copy.setId("clv-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(model.copyText(new ArrayList<>(table.getSelectionModel().getSelectedItems())));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Label minLabel = new Label(i18n.format("clv.filter.min", cur));
        minLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label searchLabel = new Label(i18n.get("clv.search"));
        searchLabel.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        Button explain = explainButton(i18n, table);
        // wraps in a narrow results pane instead of widening it and pushing the side tabs out of the window
        VBox bar = org.valuelens.gui.common.Toolbar.of(new Node[] {minLabel, min, searchLabel, search, copy,
                explain});
        Label summary = new Label();
        summary.setId("clv-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.control.Hyperlink explainMean = new javafx.scene.control.Hyperlink(i18n.get("explain.mean"));
        explainMean.setId("clv-explain-mean");
        explainMean.setMinWidth(Region.USE_PREF_SIZE);
        explainMean.visibleProperty().bind(model.reportProperty().isNotNull());
        explainMean.setOnAction(e -> model.explainMean().ifPresent(r -> explainer.accept(r)));
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox summaryRow = new HBox(8, summary, explainMean);
        summaryRow.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(8, bar, table, summaryRow);
        box.setMinWidth(300);
        SplitPane.setResizableWithParent(box, true);
        return box;
    }

    /**
     * @param handler opens a "How is this computed?" window for a request
     * @return this view
     */
    public ClvView withExplainer(java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> handler) {
        this.explainer = java.util.Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** "How is this computed?" for the selected customer (button and context menu), and for the mean CLV. */
    private Button explainButton(I18n i18n, TableView<ClvViewModel.Row> table) {
        Button explain = new Button(i18n.get("explain.button"));
        explain.setId("clv-explain");
        explain.setMinWidth(Region.USE_PREF_SIZE);
        explain.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable one = () -> {
            ClvViewModel.Row row = table.getSelectionModel().getSelectedItem();
            model.explainCustomer(row == null ? null : row.customerId()).ifPresent(r -> explainer.accept(r));
        };
        explain.setOnAction(e -> one.run());
        javafx.scene.control.MenuItem forRow = new javafx.scene.control.MenuItem(i18n.get("explain.button"));
        forRow.setOnAction(e -> one.run());
        javafx.scene.control.MenuItem mean = new javafx.scene.control.MenuItem(i18n.get("explain.mean"));
        mean.setOnAction(e -> model.explainMean().ifPresent(r -> explainer.accept(r)));
        // before the export items the table's menu may already hold
        if (table.getContextMenu() == null) {
            table.setContextMenu(new javafx.scene.control.ContextMenu());
        }
        var items = table.getContextMenu().getItems();
        if (!items.isEmpty()) {
            items.add(0, new javafx.scene.control.SeparatorMenuItem());
        }
        items.addAll(0, java.util.List.of(forRow, mean));
        return explain;
    }

    private org.valuelens.gui.common.WrappingTabPane side(I18n i18n) {
        ChartViewer hist = viewer("clv-histogram", model.histogramProperty());
        Tab dist = new Tab(i18n.get("clv.tab.distribution"), hist);

        TableView<ClvViewModel.Parameter> params = new TableView<>(model.parameters());
        params.setId("clv-parameters");
        params.setPlaceholder(placeholder(i18n.get("clv.params.empty")));
        NumberFormat n4 = NumberFormat.getNumberInstance(i18n.locale());
        n4.setMaximumFractionDigits(4);
        n4.setMinimumFractionDigits(4);
        TableColumn<ClvViewModel.Parameter, String> name = new TableColumn<>(i18n.get("clv.param.name"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().name()));
        params.getColumns().add(name);
        params.getColumns().add(num(i18n.get("clv.param.estimate"), ClvViewModel.Parameter::estimate, n4, "", 90));
        params.getColumns().add(num(i18n.get("clv.param.se"), ClvViewModel.Parameter::standardError, n4, "", 90));
        params.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitHeaders(params);
        ExportMenus.table(params, model.exports(), Format.GENERAL, Format.DECIMAL, Format.DECIMAL);
        params.getStyleClass().add(Styles.DENSE);
        params.setPrefHeight(175);
        params.setMinHeight(175);
        Label fit = new Label();
        fit.setId("clv-fit");
        fit.setWrapText(true);
        fit.setMinHeight(Region.USE_PREF_SIZE);
        fit.textProperty().bind(model.fitSummaryProperty());
        Label acc = new Label();
        acc.setId("clv-accuracy");
        acc.setWrapText(true);
        acc.textProperty().bind(model.accuracyProperty());
        TableView<ClvViewModel.Accuracy> accTable = new TableView<>(model.accuracyRows());
        accTable.setId("clv-accuracy-table");
        accTable.setPlaceholder(placeholder(i18n.get("clv.accuracy.empty")));
        TableColumn<ClvViewModel.Accuracy, String> who = new TableColumn<>("");
        who.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().label()));
        who.setPrefWidth(90);
        accTable.getColumns().add(who);
        NumberFormat e3 = NumberFormat.getNumberInstance(i18n.locale());
        e3.setMinimumFractionDigits(3);
        e3.setMaximumFractionDigits(3);
        NumberFormat pc = NumberFormat.getNumberInstance(i18n.locale());
        pc.setMinimumFractionDigits(1);
        pc.setMaximumFractionDigits(1);
        if (pc instanceof java.text.DecimalFormat df) {
            df.setPositivePrefix("+");
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        accTable.getColumns().add(num(i18n.get("clv.acc.mae"), ClvViewModel.Accuracy::mae, e3, "", 60));
        accTable.getColumns().add(num(i18n.get("clv.acc.rmse"), ClvViewModel.Accuracy::rmse, e3, "", 60));
        accTable.getColumns().add(num(i18n.get("clv.acc.error"), ClvViewModel.Accuracy::percentError, pc, "", 60));
        accTable.getColumns().add(num(i18n.get("clv.acc.predicted"), ClvViewModel.Accuracy::predicted, whole, "",
                60));
        // "Baseline forecast" (Russian "Базовый прогноз") in full: the columns take their content's width
        TableHeaders.fitContent(accTable);
        fitHeaders(accTable);
        ExportMenus.table(accTable, model.exports(), Format.GENERAL, Format.DECIMAL, Format.DECIMAL,
                Format.DECIMAL, Format.INTEGER);
        accTable.getStyleClass().add(Styles.DENSE);
        accTable.setPrefHeight(96);
        accTable.setMinHeight(96);
        accTable.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.accuracyRows()));
        accTable.managedProperty().bind(accTable.visibleProperty());
        Label none = new Label(i18n.get("clv.diagnostics.none"));
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        none.visibleProperty().bind(model.probabilisticProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        VBox diag = new VBox(8, none, params, fit);
        diag.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane diagScroll = new javafx.scene.control.ScrollPane(diag);
        diagScroll.setFitToWidth(true);
        Tab diagnostics = new Tab(i18n.get("clv.tab.diagnostics"), diagScroll);

        ChartViewer bars = viewer("clv-holdout-bars", model.holdoutBarsProperty());
        ChartViewer track = viewer("clv-tracking", model.trackingProperty());
        acc.setMinHeight(Region.USE_PREF_SIZE);
        bars.setMinHeight(270);
        track.setMinHeight(270);
        VBox holdoutBox = new VBox(6, acc, accTable, bars, track,
                new ModelChecksPane(model.checks(), i18n, this::viewer, model.exports()));
        holdoutBox.setPadding(new Insets(6, 4, 0, 0));
        javafx.scene.control.ScrollPane holdoutScroll = new javafx.scene.control.ScrollPane(holdoutBox);
        holdoutScroll.setFitToWidth(true);
        holdoutScroll.setId("clv-holdout-scroll");
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox.setVgrow(track, Priority.ALWAYS);
        Tab holdout = new Tab(i18n.get("clv.tab.holdout"), holdoutScroll);
        // long (Russian) titles wrap, and the pane keeps the width of its headers: the divider moves instead
        org.valuelens.gui.common.WrappingTabPane tabs = new org.valuelens.gui.common.WrappingTabPane(90,
                diagnostics, holdout, dist);
        tabs.setId("clv-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private ChartViewer viewer(String id, javafx.beans.value.ObservableValue<JFreeChart> chart) {
        ChartViewer v = new ChartViewer();
        ExportMenus.chart(v, model.exports());
        v.setId(id);
        v.setMinSize(200, 180);
        v.setPrefSize(480, 300);
        ChartBinding.bind(v, chart);
        return v;
    }

    private static TextField text(String id, int columns, javafx.beans.property.StringProperty prop) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(prop);
        return t;
    }

    private static HBox field(String label, Node control) {
        HBox h = new HBox(6, new Label(label), control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static <S> TableColumn<S, Number> num(String title, Function<S, Number> value, NumberFormat fmt,
                                                  String prefix, double width) {
        // an unknown value reads "–", as on the other pages
        return org.valuelens.gui.common.NumberColumns.number(title, value, fmt, prefix, width);
    }

    /** Gives each column at least its header's width, so that headers are never cut (the table scrolls). */
    static void fitHeaders(TableView<?> table) {
        TableHeaders.fit(table);
    }
}
