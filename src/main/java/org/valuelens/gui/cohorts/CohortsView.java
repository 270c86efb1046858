package org.valuelens.gui.cohorts;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.Toolbar;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.ltv.LtvDaysTabs;
import org.valuelens.model.cohort.CohortPeriod;

/**
 * The Cohorts page: period chooser, optional CAC, retention heatmap, retention and LTV curves; then the N-day value
 * and time-between-orders tabs by acquisition cohort.
 */
public final class CohortsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public CohortsView(CohortsViewModel model, I18n i18n) {
        super(i18n, "page.cohorts.title", "page.cohorts.subtitle", Icons.COHORTS);
        setId("page-cohorts");
        Node empty = emptyState(model, Icons.COHORTS, "page.cohorts.empty");
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

    private static Node content(CohortsViewModel model, I18n i18n) {
        ComboBox<CohortPeriod> period = new ComboBox<>();
        period.setId("cohorts-period");
        period.getItems().setAll(CohortPeriod.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(CohortPeriod p) {
                return p == null ? "" : i18n.get(p == CohortPeriod.MONTH ? "cohorts.period.month"
                        : "cohorts.period.quarter");
            }

            @Override
            public CohortPeriod fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.valueProperty().addListener((obs, o, n) -> model.run());
        TextField cac = new TextField();
        cac.setId("cohorts-cac");
        cac.setPrefColumnCount(6);
        cac.setPromptText(i18n.get("cohorts.cac.prompt"));
        cac.textProperty().bindBidirectional(model.cacProperty());
        Button run = new Button(i18n.get("cohorts.run"));
        run.setId("cohorts-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        Label summary = new Label();
        summary.setId("cohorts-summary");
        summary.textProperty().bind(model.summaryProperty());
        javafx.scene.layout.VBox bar = Toolbar.of(new Node[] {new Label(i18n.get("cohorts.period")), period,
                new Label(i18n.format("cohorts.cac", model.currency())), cac, run, busy}, message, summary);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ChartViewer heat = viewer("cohorts-heatmap", model.heatmapProperty());
        ChartViewer ret = viewer("cohorts-retention", model.retentionProperty());
        ChartViewer ltv = viewer("cohorts-ltv", model.ltvProperty());
        for (ChartViewer v : new ChartViewer[] {heat, ret, ltv}) {
            ExportMenus.chart(v, model.exports());
            ExportMenus.chartData(v, model.exports(), model::cohortTable);
        }
        grid.add(heat, 0, 0, 2, 1);
        grid.add(ret, 0, 1);
        grid.add(ltv, 1, 1);
        for (ChartViewer v : new ChartViewer[] {heat, ret, ltv}) {
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        Label payback = new Label();
        payback.setId("cohorts-payback");
        payback.setWrapText(true);
        payback.textProperty().bind(model.paybackProperty());
        payback.managedProperty().bind(payback.textProperty().isNotEmpty());
        VBox main = new VBox(10, bar, payback, grid);
        return LtvDaysTabs.withTabs(main, i18n.get("ltv.tab.cohorts"), model.ltvDays(), i18n, "cohorts");
    }

    private static ChartViewer viewer(String id, ObservableValue<JFreeChart> chart) {
        ChartViewer v = new ChartViewer();
        v.setId(id);
        v.setMinSize(200, 160);
        v.setPrefSize(500, 280);
        ChartBinding.bind(v, chart);
        return v;
    }
}
