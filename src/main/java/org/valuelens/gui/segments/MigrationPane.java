package org.valuelens.gui.segments;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.TableHeaders;

/** The migration section of the Segments page: scheme, split date, flow chart and the before × after matrix. */
final class MigrationPane extends VBox {

    /**
     * @param model   the section's view model
     * @param exports chart export commands
     * @param i18n    texts
     */
    MigrationPane(MigrationViewModel model, org.valuelens.gui.common.ExportActions exports, I18n i18n) {
        super(10);
        setId("migration-pane");
        setPadding(new Insets(8, 0, 0, 0));
        ComboBox<String> scheme = new ComboBox<>();
        scheme.setId("migration-scheme");
        scheme.getItems().setAll(MigrationViewModel.SCHEMES);
        scheme.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : "rfm".equals(s) ? i18n.get("segments.scheme.rfm")
                        : i18n.get("segments.scheme.quadrant");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        scheme.valueProperty().bindBidirectional(model.schemeProperty());
        DatePicker split = new DatePicker();
        split.setId("migration-split");
        split.setPrefWidth(140);
        split.valueProperty().bindBidirectional(model.splitProperty());
        Button run = new Button(i18n.get("migration.run"));
        run.setId("migration-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.run());
        Button explain = new Button(i18n.get("explain.button"));
        explain.setId("migration-explain");
        explain.setOnAction(e -> model.explain());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.runningProperty());
        Label splitLabel = new Label(i18n.get("migration.split"));
        splitLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane toolbar = new FlowPane(10, 8, new Label(i18n.get("segments.scheme")), scheme, splitLabel, split,
                run, busy, explain);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("migration-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());

        ChartViewer viewer = new ChartViewer();
        viewer.setId("migration-chart");
        viewer.setPrefSize(900, 360);
        viewer.setMinSize(200, 200);
        ExportMenus.chart(viewer, exports);
        model.chartProperty().addListener((obs, o, c) -> {
            if (c != null) {
                viewer.setChart(c);
            }
        });

        TableView<MigrationViewModel.MatrixRow> table = new TableView<>(model.rows());
        table.setId("migration-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(i18n.get("migration.placeholder")));
        NumberFormat count = NumberFormat.getIntegerInstance(i18n.locale());
        model.columns().addListener((ListChangeListener<String>) ch -> columns(table, model, count, i18n));
        columns(table, model, count, i18n);
        ExportMenus.table(table, exports, org.valuelens.report.export.TableExport.Format.GENERAL);
        SplitPane body = new SplitPane(viewer, table);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(toolbar, summary, body);
    }

    private static void columns(TableView<MigrationViewModel.MatrixRow> table, MigrationViewModel model,
                                NumberFormat count, I18n i18n) {
        table.getColumns().clear();
        TableColumn<MigrationViewModel.MatrixRow, String> from = new TableColumn<>(i18n.get("migration.col.from"));
        from.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().from()));
        from.setPrefWidth(170);
        table.getColumns().add(from);
        for (int j = 0; j < model.columns().size(); j++) {
            int index = j;
            table.getColumns().add(number(model.columns().get(j), r -> r.counts().get(index), count));
        }
        table.getColumns().add(number(i18n.get("migration.col.total"), MigrationViewModel.MatrixRow::total, count));
        TableHeaders.fit(table);
    }

    private static TableColumn<MigrationViewModel.MatrixRow, Number> number(String title,
            java.util.function.Function<MigrationViewModel.MatrixRow, Number> value, NumberFormat fmt) {
        TableColumn<MigrationViewModel.MatrixRow, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : fmt.format(n));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setPrefWidth(95);
        return c;
    }
}
