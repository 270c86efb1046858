package org.valuelens.gui.products;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.NumberColumns;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.report.export.TableExport.Format;

/**
 * The Products page (issue 17): first products with repeat rate and N-day value, N-day value by acquisition month,
 * time between orders and "bought A, later bought B" pairs; each tab a table and a chart with the export menus.
 */
public final class ProductsView extends PageView {
    /** Sidebar icon: a tag. */
    public static final String ICON = "M3 12 L12 3 H20 V11 L11 20 Z M16 7 A1 1 0 1 0 16.01 7";

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ProductsView(ProductsViewModel model, I18n i18n) {
        super(i18n, "page.products.title", "page.products.subtitle", ICON);
        setId("page-products");
        Node empty = emptyState(model, ICON, "page.products.empty");
        Node content = content(model, i18n);
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

    private static Node content(ProductsViewModel model, I18n i18n) {
        ComboBox<String> by = new ComboBox<>();
        by.setId("products-by");
        by.getItems().setAll(i18n.get("products.by.product"), i18n.get("products.by.category"));
        by.getSelectionModel().select(model.byCategoryProperty().get() ? 1 : 0);
        by.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                model.byCategoryProperty().set(now.intValue() == 1));
        Spinner<Integer> min = new Spinner<>(1, 10_000, model.minCustomersProperty().get());
        min.setId("products-min");
        min.setEditable(true);
        min.setPrefWidth(90);
        min.valueProperty().addListener((o, was, now) -> model.minCustomersProperty().set(now == null ? 1 : now));
        Button run = new Button(i18n.get("products.run"));
        run.setId("products-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label hint = new Label(i18n.get("products.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, new Label(i18n.get("products.by")), by, new Label(i18n.get("products.min")), min, run,
                busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        // long (Russian) titles wrap so that the four headers fit a 1024-pixel window
        TabPane tabs = new org.valuelens.gui.common.WrappingTabPane(130,
                tab(i18n.get("products.tab.first"), firstTable(model, i18n), model, "products-first-chart",
                        ProductsOutcome::firstChart),
                tab(i18n.get("products.tab.cohorts"), cohortTable(model, i18n), model, "products-cohort-chart",
                        ProductsOutcome::cohortChart),
                tab(i18n.get("products.tab.repeat"), repeatTable(model, i18n), model, "products-repeat-chart",
                        ProductsOutcome::repeatChart),
                tab(i18n.get("products.tab.affinity"), affinityTable(model, i18n), model, "products-affinity-chart",
                        ProductsOutcome::affinityChart));
        tabs.setId("products-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(10, bar, hint, tabs);
        box.setPadding(new Insets(0, 24, 16, 24));
        return box;
    }

    private static Tab tab(String title, TableView<?> table, ProductsViewModel model, String chartId,
                           Function<ProductsOutcome, JFreeChart> chart) {
        ChartViewer viewer = new ChartViewer();
        viewer.setId(chartId);
        viewer.setMinSize(200, 140);
        ExportMenus.chart(viewer, model.exports());
        ReadOnlyObjectWrapper<JFreeChart> shown = new ReadOnlyObjectWrapper<>();
        model.outcomeProperty().addListener((o, was, now) -> shown.set(now == null ? null : chart.apply(now)));
        ChartBinding.bind(viewer, shown.getReadOnlyProperty());
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableHeaders.fitContent(table);
        TableHeaders.fit(table);
        SplitPane split = new SplitPane(table, viewer);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return new Tab(title, split);
    }

    private static TableView<FirstProductRow> firstTable(ProductsViewModel model, I18n i18n) {
        String cur = model.currency();
        TableView<FirstProductRow> t = new TableView<>(model.firstProducts());
        t.setId("products-first-table");
        List<Format> formats = new ArrayList<>();
        t.getColumns().add(text(i18n.get("products.col.product"), r -> model.name(r.key()), 260));
        formats.add(Format.GENERAL);
        t.getColumns().add(num(i18n.get("products.col.customers"), FirstProductRow::customers, count(i18n), ""));
        formats.add(Format.INTEGER);
        t.getColumns().add(num(i18n.get("products.col.repeat"), FirstProductRow::repeatRate, percent(i18n), ""));
        formats.add(Format.PERCENT);
        t.getColumns().add(num(i18n.get("products.col.repeatLow"), FirstProductRow::repeatRateLow, percent(i18n),
                ""));
        formats.add(Format.PERCENT);
        t.getColumns().add(num(i18n.get("products.col.repeatHigh"), FirstProductRow::repeatRateHigh, percent(i18n),
                ""));
        formats.add(Format.PERCENT);
        t.getColumns().add(num(i18n.get("products.col.daysToSecond"), FirstProductRow::meanDaysToSecond,
                decimals(i18n, 0), ""));
        formats.add(Format.DECIMAL);
        List<Integer> days = FirstProductAnalyzer.DEFAULT_DAYS;
        for (int k = 0; k < days.size(); k++) {
            int w = k;
            t.getColumns().add(num(i18n.format("products.col.ltv", days.get(k)), r -> r.revenue().get(w),
                    decimals(i18n, 2), cur));
            formats.add(Format.CURRENCY);
        }
        t.getColumns().add(num(i18n.get("products.col.clv"), FirstProductRow::predictedClv, decimals(i18n, 2), cur));
        formats.add(Format.CURRENCY);
        t.getColumns().add(num(i18n.get("products.col.highTier"), FirstProductRow::topTierShare, percent(i18n), ""));
        formats.add(Format.PERCENT);
        ExportMenus.table(t, model.exports(), formats.toArray(Format[]::new));
        return t;
    }

    private static TableView<LtvCohort> cohortTable(ProductsViewModel model, I18n i18n) {
        String cur = model.currency();
        TableView<LtvCohort> t = new TableView<>(model.cohorts());
        t.setId("products-cohort-table");
        List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.INTEGER));
        t.getColumns().add(text(i18n.get("products.col.cohort"), c -> "all".equals(c.label())
                ? i18n.get("products.all") : c.label(), 90));
        t.getColumns().add(num(i18n.get("products.col.customers"), LtvCohort::customers, count(i18n), ""));
        List<Integer> days = FirstProductAnalyzer.DEFAULT_DAYS;
        NumberFormat money = decimals(i18n, 2);
        for (int k = 0; k < days.size(); k++) {
            int w = k;
            // an incomplete cell is marked "*": some customers' window runs past the data end
            t.getColumns().add(text(i18n.format("products.col.ltv", days.get(k)), c -> {
                Double v = c.revenue().get(w);
                return (v == null ? "–" : cur + money.format(v)) + (c.complete().get(w) ? "" : " *");
            }, 90));
            formats.add(Format.GENERAL);
        }
        ExportMenus.table(t, model.exports(), formats.toArray(Format[]::new));
        return t;
    }

    private static TableView<RepeatStep> repeatTable(ProductsViewModel model, I18n i18n) {
        TableView<RepeatStep> t = new TableView<>(model.steps());
        t.setId("products-repeat-table");
        List<Format> formats = new ArrayList<>(List.of(Format.GENERAL, Format.INTEGER, Format.DECIMAL,
                Format.DECIMAL, Format.DECIMAL));
        t.getColumns().add(text(i18n.get("products.col.step"), s -> s.from() + " → " + s.to(), 70));
        t.getColumns().add(num(i18n.get("products.col.customers"), RepeatStep::customers, count(i18n), ""));
        t.getColumns().add(num(i18n.get("products.col.median"), RepeatStep::medianDays, decimals(i18n, 0), ""));
        t.getColumns().add(num(i18n.get("products.col.p25"), RepeatStep::p25Days, decimals(i18n, 0), ""));
        t.getColumns().add(num(i18n.get("products.col.p75"), RepeatStep::p75Days, decimals(i18n, 0), ""));
        for (int k = 0; k < FirstProductAnalyzer.DEFAULT_DAYS.size(); k++) {
            int w = k;
            t.getColumns().add(num(i18n.format("products.col.within", FirstProductAnalyzer.DEFAULT_DAYS.get(k)),
                    s -> s.shareWithin().get(w), percent(i18n), ""));
            formats.add(Format.PERCENT);
        }
        ExportMenus.table(t, model.exports(), formats.toArray(Format[]::new));
        return t;
    }

    private static TableView<AffinityPair> affinityTable(ProductsViewModel model, I18n i18n) {
        TableView<AffinityPair> t = new TableView<>(model.pairs());
        t.setId("products-affinity-table");
        t.getColumns().add(text(i18n.get("products.col.first"), p -> model.productName(p.a()), 220));
        t.getColumns().add(text(i18n.get("products.col.later"), p -> model.productName(p.b()), 220));
        t.getColumns().add(num(i18n.get("products.col.customers"), AffinityPair::pairs, count(i18n), ""));
        t.getColumns().add(num(i18n.get("products.col.support"), AffinityPair::support, percent(i18n), ""));
        t.getColumns().add(num(i18n.get("products.col.confidence"), AffinityPair::confidence, percent(i18n), ""));
        t.getColumns().add(num(i18n.get("products.col.lift"), AffinityPair::lift, decimals(i18n, 2), ""));
        ExportMenus.table(t, model.exports(), Format.GENERAL, Format.GENERAL, Format.INTEGER, Format.PERCENT,
                Format.PERCENT, Format.DECIMAL);
        return t;
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <S> TableColumn<S, Number> num(String title, Function<S, Number> value, NumberFormat fmt,
                                                  String prefix) {
        return NumberColumns.number(title, value, fmt, prefix, 80);
    }

    private static NumberFormat count(I18n i18n) {
        return NumberFormat.getIntegerInstance(i18n.locale());
    }

    private static NumberFormat percent(I18n i18n) {
        NumberFormat f = NumberFormat.getPercentInstance(i18n.locale());
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f;
    }

    private static NumberFormat decimals(I18n i18n, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }
}
