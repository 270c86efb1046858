package org.valuelens.gui.datasets;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/**
 * The Datasets page: every dataset of the open workspace (name, rows, customers, first and last date, imported
 * when) with Open, Rename and Delete. Binds to {@link DatasetsViewModel} and forwards events only.
 */
public final class DatasetsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public DatasetsView(DatasetsViewModel model, I18n i18n) {
        super(i18n, "page.datasets.title", "page.datasets.subtitle", Icons.DATABASE);
        setId("page-datasets");
        TableView<DatasetsViewModel.Row> table = table(model, i18n);
        Button open = new Button(i18n.get("datasets.open"));
        open.setId("datasets-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        Button rename = new Button(i18n.get("datasets.rename"));
        rename.setId("datasets-rename");
        rename.setOnAction(e -> model.rename(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(i18n.get("datasets.delete"));
        delete.setId("datasets-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {open, rename, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button importFile = new Button(i18n.get("menu.file.import"));
        importFile.setId("datasets-import");
        importFile.setOnAction(e -> model.importFile());
        Button sample = new Button(i18n.get("menu.file.sample"));
        sample.setId("datasets-sample");
        sample.setOnAction(e -> model.openSample());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        // wraps to a second line in narrow windows instead of cutting the (long Russian) button texts
        VBox bar = org.valuelens.gui.common.Toolbar.of(
                new javafx.scene.Node[] {open, rename, delete, busy, importFile, sample});
        Label hint = new Label(i18n.get("datasets.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, bar, table, hint);
        box.setPadding(new Insets(0, 40, 24, 40));
        setCenter(box);
        parentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.refresh();
            }
        });
        model.refresh();
    }

    private static TableView<DatasetsViewModel.Row> table(DatasetsViewModel model, I18n i18n) {
        TableView<DatasetsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("datasets-table");
        NumberFormat count = NumberFormat.getIntegerInstance(i18n.locale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        table.getColumns().add(column(i18n.get("datasets.col.id"), r -> Integer.toString(r.id()), 50));
        table.getColumns().add(column(i18n.get("datasets.col.name"), r -> (r.open() ? "● " : "") + r.name(), 200));
        table.getColumns().add(column(i18n.get("datasets.col.file"), DatasetsViewModel.Row::fileName, 160));
        table.getColumns().add(column(i18n.get("datasets.col.rows"), r -> count.format(r.rows()), 90));
        table.getColumns().add(column(i18n.get("datasets.col.customers"), r -> count.format(r.customers()), 100));
        table.getColumns().add(column(i18n.get("datasets.col.first"), r -> r.firstDate() == null ? ""
                : r.firstDate().toString(), 110));
        table.getColumns().add(column(i18n.get("datasets.col.last"), r -> r.lastDate() == null ? ""
                : r.lastDate().toString(), 110));
        table.getColumns().add(column(i18n.get("datasets.col.imported"), r -> when.format(r.importedAt()), 150));
        org.valuelens.gui.common.TableHeaders.fit(table);
        org.valuelens.gui.common.TableHeaders.fitContent(table);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(model.hasWorkspace()
                ? "datasets.empty" : "datasets.noWorkspace"), model.rows()));
        table.setPlaceholder(empty);
        // keep the chosen dataset selected when the list is read again (after open, rename, delete)
        int[] chosen = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosen[0] = now.id();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<DatasetsViewModel.Row>) c ->
                model.rows().stream().filter(r -> r.id() == chosen[0]).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r)));
        table.setRowFactory(t -> {
            TableRow<DatasetsViewModel.Row> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) -> row.setStyle(item != null && item.open()
                    ? "-fx-font-weight: bold;" : ""));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<DatasetsViewModel.Row, String> column(String title,
                                                                     Function<DatasetsViewModel.Row, String> value,
                                                                     double width) {
        TableColumn<DatasetsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
