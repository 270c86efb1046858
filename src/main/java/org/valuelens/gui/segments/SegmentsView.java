package org.valuelens.gui.segments;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.report.export.TableExport.Format;

/** The Segments page: scheme chooser and options, chart(s), segment summary and the chosen segment's customers. */
public final class SegmentsView extends PageView {

    private final SegmentsViewModel model;
    private final ChartViewer chartViewer = new ChartViewer();
    private final ChartViewer secondViewer = new ChartViewer();
    private java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> explainer = r -> { };

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public SegmentsView(SegmentsViewModel model, I18n i18n) {
        super(i18n, "page.segments.title", "page.segments.subtitle", Icons.SEGMENTS);
        this.model = model;
        setId("page-segments");
        Node empty = emptyState(model, Icons.SEGMENTS, "page.segments.empty");
        Node content = content(i18n);
        setCenter(model.loadedProperty().get() ? content : empty);
        model.loadedProperty().addListener((obs, was, now) -> setCenter(now ? content : empty));
        model.datasetSwitchProperty().addListener((obs, was, now) -> {
            if (model.loadedProperty().get()) {
                model.refresh();
            }
        });
        if (model.loadedProperty().get()) {
            model.refresh();
        }
    }

    private Node content(I18n i18n) {
        ComboBox<String> scheme = new ComboBox<>();
        scheme.setId("segments-scheme");
        scheme.getItems().setAll(SegmentsViewModel.SCHEMES);
        scheme.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : switch (s) {
                    case "tiers" -> i18n.get("segments.scheme.tiers");
                    case "rfm" -> i18n.get("segments.scheme.rfm");
                    case "kmeans" -> i18n.get("segments.scheme.kmeans");
                    case "churn" -> i18n.get("segments.scheme.churn");
                    default -> i18n.get("segments.scheme.quadrant");
                };
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        scheme.valueProperty().bindBidirectional(model.schemeProperty());

        TextField k = new TextField();
        k.setId("kmeans-k");
        k.setPrefColumnCount(4);
        k.setPromptText(i18n.get("segments.kmeans.auto"));
        k.textProperty().bindBidirectional(model.kTextProperty());
        TextField seed = new TextField();
        seed.setId("kmeans-seed");
        seed.setPrefColumnCount(6);
        seed.textProperty().bindBidirectional(model.seedTextProperty());
        // what the clusters are is one click away; the seed (only for repeating a result) is under Advanced
        Button whatKMeans = new Button(i18n.get("explain.button"));
        whatKMeans.setId("kmeans-explain");
        whatKMeans.setOnAction(e -> model.explainKMeans());
        javafx.scene.control.ToggleButton advanced = new javafx.scene.control.ToggleButton(
                i18n.get("segments.kmeans.advanced"));
        advanced.setId("kmeans-advanced");
        advanced.getStyleClass().add(Styles.FLAT);
        Label seedLabel = new Label(i18n.get("segments.kmeans.seed"));
        HBox kmeans = row(new Label(i18n.get("segments.kmeans.k")), k, whatKMeans, advanced, seedLabel, seed);

        TextField x = new TextField();
        x.setId("quadrant-x");
        x.setPrefColumnCount(6);
        TextField y = new TextField();
        y.setId("quadrant-y");
        y.setPrefColumnCount(8);
        model.xThresholdProperty().addListener((obs, o, v) -> x.setText(v == null ? "" : plain(v)));
        model.yThresholdProperty().addListener((obs, o, v) -> y.setText(v == null ? "" : plain(v)));
        Button reset = new Button(i18n.get("segments.quadrant.reset"));
        reset.setId("quadrant-reset");
        reset.setOnAction(e -> model.resetThresholds());
        Label yLabel = new Label();
        yLabel.setText(i18n.format("segments.quadrant.y", model.currency()));
        HBox quadrant = row(new Label(i18n.get("segments.quadrant.x")), x, yLabel, y, reset);

        Button run = new Button(i18n.get("segments.run"));
        run.setId("segments-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.setOnAction(e -> {
            if ("quadrant".equals(model.schemeProperty().get())) {
                try {
                    model.setThresholds(parse(x.getText()), parse(y.getText()));
                } catch (NumberFormatException ex) {
                    model.resetThresholds();
                }
            } else {
                model.run();
            }
        });
        ComboBox<org.valuelens.service.ClvMethod> churnModel = new ComboBox<>();
        churnModel.setId("churn-model");
        churnModel.getItems().setAll(org.valuelens.service.ClvMethod.PARETO_NBD,
                org.valuelens.service.ClvMethod.MBG_NBD, org.valuelens.service.ClvMethod.BG_NBD);
        churnModel.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.valuelens.service.ClvMethod m) {
                return m == null ? "" : org.valuelens.gui.common.ClvMethodNames.of(i18n, m);
            }

            @Override
            public org.valuelens.service.ClvMethod fromString(String s) {
                return null;
            }
        });
        churnModel.valueProperty().bindBidirectional(model.churnModelProperty());
        HBox churn = row(new Label(i18n.get("segments.churn.model")), churnModel);
        churn.visibleProperty().bind(model.schemeProperty().isEqualTo("churn"));
        churn.managedProperty().bind(churn.visibleProperty());
        Button explainChurn = new Button(i18n.get("explain.button"));
        explainChurn.setId("churn-explain");
        explainChurn.setOnAction(e -> model.explainChurn());
        explainChurn.visibleProperty().bind(model.schemeProperty().isEqualTo("churn"));
        explainChurn.managedProperty().bind(explainChurn.visibleProperty());
        x.setOnAction(e -> run.fire());
        y.setOnAction(e -> run.fire());
        kmeans.visibleProperty().bind(model.schemeProperty().isEqualTo("kmeans"));
        kmeans.managedProperty().bind(kmeans.visibleProperty());
        quadrant.visibleProperty().bind(model.schemeProperty().isEqualTo("quadrant"));
        quadrant.managedProperty().bind(quadrant.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("segments-message");
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        // one flowing row: the scheme's fields move to a second line on a narrow (Russian, 1024×640) window
        // instead of pushing the reset button and the chart's right-hand labels past the edge
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(10, 8, new Label(
                i18n.get("segments.scheme")), scheme);
        for (HBox group : new HBox[] {kmeans, quadrant, churn}) {
            java.util.List<Node> parts = java.util.List.copyOf(group.getChildren());
            group.getChildren().clear();
            for (Node part : parts) {
                // the seed only under Advanced
                javafx.beans.binding.BooleanExpression shown = part == seedLabel || part == seed
                        ? group.visibleProperty().and(advanced.selectedProperty()) : group.visibleProperty();
                part.visibleProperty().bind(shown);
                part.managedProperty().bind(shown);
            }
            toolbar.getChildren().addAll(parts);
        }
        toolbar.getChildren().addAll(run, explainChurn, busy, message);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        chartViewer.setId("segments-chart");
        ExportMenus.chart(chartViewer, model.exports());
        ExportMenus.chart(secondViewer, model.exports());
        secondViewer.setId("segments-chart2");
        ChartBinding.bind(chartViewer, model.chartProperty());
        model.secondChartProperty().addListener((obs, o, c) -> show(secondViewer, c));
        secondViewer.visibleProperty().bind(model.secondChartProperty().isNotNull());
        secondViewer.managedProperty().bind(secondViewer.visibleProperty());
        HBox charts = new HBox(8, chartViewer, secondViewer);
        HBox.setHgrow(chartViewer, Priority.ALWAYS);
        HBox.setHgrow(secondViewer, Priority.ALWAYS);
        chartViewer.setPrefSize(560, 330);
        secondViewer.setPrefSize(440, 330);
        chartViewer.setMinSize(200, 260);
        secondViewer.setMinSize(200, 260);

        SplitPane split = new SplitPane(charts, tables(i18n));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, split);
        box.setPadding(new Insets(8, 0, 0, 0));
        // on a small window the page scrolls instead of squeezing the chart to a strip
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        javafx.scene.control.Tab segmentsTab = new javafx.scene.control.Tab(i18n.get("segments.tab.segments"),
                scroll);
        segmentsTab.setId("segments-tab");
        javafx.scene.control.Tab migrationTab = new javafx.scene.control.Tab(i18n.get("segments.tab.migration"),
                new MigrationPane(model.migration(), model.exports(), i18n));
        migrationTab.setId("migration-tab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(segmentsTab, migrationTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        model.datasetNameProperty().addListener((obs, was, now) -> {
            if (now != null && migrationTab.isSelected()) {
                model.migration().run();
            }
        });
        migrationTab.setOnSelectionChanged(e -> {
            if (migrationTab.isSelected() && model.migration().reportProperty().get() == null) {
                model.migration().run();
            }
        });
        VBox outer = new VBox(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        outer.setPadding(new Insets(0, 24, 16, 24));
        outer.setId("segments-content");
        return outer;
    }

    private Node tables(I18n i18n) {
        NumberFormat count = NumberFormat.getIntegerInstance(i18n.locale());
        String cur = model.currency();
        NumberFormat pct = i18n.numbers(cur).percentFormat(1);
        NumberFormat money = i18n.numbers(cur).moneyFormat(0);

        TableView<SegmentsViewModel.SegmentItem> table = new TableView<>(model.segments());
        table.setId("segment-table");
        table.setEditable(true);
        table.getColumns().add(col(i18n.get("segments.col.name"), SegmentsViewModel.SegmentItem::displayName, 135));
        table.getColumns().add(numCol(i18n.get("segments.col.customers"), i -> i.row().customers(), count, "", 80));
        table.getColumns().add(numCol(i18n.get("segments.col.share"), i -> i.row().customerShare(), pct, "", 65));
        table.getColumns().add(numCol(i18n.format("segments.col.revenue", cur), i -> i.row().revenue(), money,
                "", 95));
        table.getColumns().add(numCol(i18n.get("segments.col.revenueShare"), i -> i.row().revenueShare(), pct,
                "", 75));
        TableColumn<SegmentsViewModel.SegmentItem, String> action = new TableColumn<>(i18n.get("segments.col.action"));
        action.setCellValueFactory(c -> c.getValue().actionProperty());
        action.setCellFactory(col -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        action.setEditable(true);
        action.setPrefWidth(170);
        table.getColumns().add(action);
        table.setPrefHeight(220);
        org.valuelens.gui.common.TableHeaders.fitContent(table);
        fitHeaders(table);
        ExportMenus.table(table, model.exports(), Format.GENERAL, Format.INTEGER, Format.PERCENT, Format.CURRENCY,
                Format.PERCENT, Format.GENERAL);
        table.getStyleClass().add(Styles.DENSE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, item) ->
                model.selectSegment(item == null ? null : item.row().name()));

        TableView<SegmentsViewModel.Member> members = new TableView<>(model.members());
        members.setId("segment-members");
        members.getColumns().add(col(i18n.get("segments.col.customer"), SegmentsViewModel.Member::customerId, 90));
        members.getColumns().add(numCol(i18n.get("segments.col.frequency"), SegmentsViewModel.Member::repeatPurchases,
                count, "", 80));
        members.getColumns().add(numCol(i18n.format("segments.col.revenue", cur), SegmentsViewModel.Member::revenue,
                money, "", 90));
        Label hint = new Label(i18n.get("segments.members.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(260);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        members.setPlaceholder(hint);
        org.valuelens.gui.common.TableHeaders.fitContent(members);
        fitHeaders(members);
        ExportMenus.table(members, model.exports(), Format.GENERAL, Format.INTEGER, Format.CURRENCY);
        members.getStyleClass().add(Styles.DENSE);
        Label membersTitle = new Label();
        membersTitle.getStyleClass().add(Styles.TEXT_BOLD);
        membersTitle.setMinWidth(0);
        // wraps instead of cutting "Клиенты сегмента …" next to the export button
        membersTitle.setWrapText(true);
        membersTitle.setMinHeight(Region.USE_PREF_SIZE);
        membersTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(membersTitle, Priority.ALWAYS);
        membersTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.selectedSegmentProperty().get() == null ? i18n.get("segments.members.none")
                        : i18n.format("segments.members.title",
                        model.displayName(model.selectedSegmentProperty().get()),
                        count.format(model.members().size())), model.selectedSegmentProperty(), model.members()));
        Button export = new Button(i18n.get("segments.export"));
        export.setId("segments-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.selectedSegmentProperty().isNull());
        export.setOnAction(e -> model.exportMembers());
        Button explain = new Button(i18n.get("explain.segmentMean"));
        explain.setId("segments-explain");
        explain.setMinWidth(Region.USE_PREF_SIZE);
        explain.disableProperty().bind(model.selectedSegmentProperty().isNull());
        explain.setOnAction(e -> model.explainSegment().ifPresent(r -> explainer.accept(r)));
        HBox head = new HBox(8, membersTitle, export);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox memberBox = new VBox(6, head, members, explain);
        memberBox.setPrefWidth(330);
        memberBox.setMinWidth(330);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox box = new HBox(10, table, memberBox);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    /**
     * @param handler opens a "How is this computed?" window for a request
     * @return this view
     */
    public SegmentsView withExplainer(java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> handler) {
        this.explainer = java.util.Objects.requireNonNull(handler, "handler");
        return this;
    }

    private static void show(ChartViewer viewer, JFreeChart chart) {
        if (chart != null) {
            viewer.setChart(chart);
        }
    }

    private static HBox row(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static double parse(String s) {
        return Double.parseDouble(s.trim().replace(",", ""));
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.valueOf(Math.round(v * 100) / 100.0);
    }

    private static <S> TableColumn<S, String> col(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private static <S> TableColumn<S, Number> numCol(String title, Function<S, Number> value, NumberFormat fmt,
                                                     String prefix, double width) {
        return org.valuelens.gui.common.NumberColumns.number(title, value, fmt, prefix, width);
    }

    /** Gives each column at least its header's width, so that headers are never cut (the table scrolls). */
    static void fitHeaders(TableView<?> table) {
        TableHeaders.fit(table);
    }
}
