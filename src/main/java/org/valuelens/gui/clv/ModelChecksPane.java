package org.valuelens.gui.clv;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.ExportActions;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TableHeaders;
import org.valuelens.report.export.TableExport.Format;

/**
 * The "Model checks" section of the CLV page's Holdout tab, below the holdout charts: four diagnostic charts and
 * the side-by-side accuracy table. Hidden until a probabilistic run was validated.
 */
final class ModelChecksPane extends VBox {

    /**
     * @param model   the tab's state
     * @param i18n    texts
     * @param viewer  makes a chart viewer with the export menu for an id and a chart
     * @param exports export commands for the table
     */
    ModelChecksPane(ModelChecksViewModel model, I18n i18n,
                    BiFunction<String, ObservableValue<JFreeChart>, ChartViewer> viewer, ExportActions exports) {
        Label title = new Label(i18n.get("clv.tab.checks"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        ChartViewer repeats = viewer.apply("clv-checks-repeats", model.repeatsProperty());
        ChartViewer incremental = viewer.apply("clv-checks-incremental", model.incrementalProperty());
        ChartViewer expected = viewer.apply("clv-checks-expected", model.expectedGridProperty());
        ChartViewer alive = viewer.apply("clv-checks-alive", model.aliveGridProperty());
        for (ChartViewer v : new ChartViewer[] {repeats, incremental, expected, alive}) {
            v.setMinHeight(270);
            v.managedProperty().bind(v.visibleProperty()); // ChartBinding hides a viewer without a chart
        }
        Label heading = new Label(i18n.get("clv.checks.compare.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(i18n.get("clv.checks.compare.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button compare = new Button(i18n.get("clv.checks.compare"));
        compare.setId("clv-checks-compare");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(model.availableProperty().not().or(model.comparingProperty()));
        compare.setOnAction(e -> model.compare());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.comparingProperty());
        HBox bar = new HBox(8, compare, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.comparisonNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        TableView<ModelChecksViewModel.ComparisonRow> table = table(model, i18n, exports);
        super.getChildren().addAll(title, repeats, incremental, expected, alive, heading, hint, bar, note, table);
        setSpacing(8);
        setPadding(new Insets(10, 0, 8, 0));
        setId("clv-checks");
        visibleProperty().bind(model.availableProperty());
        managedProperty().bind(visibleProperty());
    }

    private static TableView<ModelChecksViewModel.ComparisonRow> table(ModelChecksViewModel model, I18n i18n,
                                                                       ExportActions exports) {
        TableView<ModelChecksViewModel.ComparisonRow> table = new TableView<>(model.comparison());
        table.setId("clv-checks-table");
        table.setPlaceholder(org.valuelens.gui.common.PageView.placeholder(i18n.get("clv.checks.compare.empty")));
        TableColumn<ModelChecksViewModel.ComparisonRow, String> name = new TableColumn<>(i18n.get("clv.checks.model"));
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().model()));
        name.setPrefWidth(90);
        table.getColumns().add(name);
        NumberFormat e3 = fraction(i18n, 3);
        NumberFormat pc = fraction(i18n, 1);
        if (pc instanceof java.text.DecimalFormat df) {
            df.setPositivePrefix("+");
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(i18n.locale());
        table.getColumns().add(ClvView.num(i18n.get("clv.acc.mae"), ModelChecksViewModel.ComparisonRow::mae, e3,
                "", 60));
        table.getColumns().add(ClvView.num(i18n.get("clv.acc.rmse"), ModelChecksViewModel.ComparisonRow::rmse, e3,
                "", 60));
        table.getColumns().add(ClvView.num(i18n.get("clv.checks.correlation"),
                ModelChecksViewModel.ComparisonRow::correlation, e3, "", 70));
        table.getColumns().add(ClvView.num(i18n.get("clv.acc.error"), ModelChecksViewModel.ComparisonRow::percentError,
                pc, "", 60));
        table.getColumns().add(ClvView.num(i18n.get("clv.acc.predicted"),
                ModelChecksViewModel.ComparisonRow::predicted, whole, "", 70));
        table.getColumns().add(ClvView.num(i18n.get("clv.acc.actual"), ModelChecksViewModel.ComparisonRow::actual,
                whole, "", 60));
        TableColumn<ModelChecksViewModel.ComparisonRow, String> why = new TableColumn<>(i18n.get("clv.checks.note"));
        why.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().note()));
        why.setPrefWidth(220);
        table.getColumns().add(why);
        TableHeaders.fitContent(table);
        TableHeaders.fit(table);
        ExportMenus.table(table, exports, Format.GENERAL, Format.DECIMAL, Format.DECIMAL, Format.DECIMAL,
                Format.DECIMAL, Format.INTEGER, Format.INTEGER, Format.GENERAL);
        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(200);
        table.setMinHeight(200);
        return table;
    }

    private static NumberFormat fraction(I18n i18n, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }
}
