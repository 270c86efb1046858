package org.valuelens.gui.importing;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuelens.gui.common.I18n;

/**
 * The import wizard's Database source: connection, table or query, preview of the first rows, column mapping and
 * mode. Binds to {@link DatabaseImportViewModel} and forwards events only.
 */
public final class DatabaseImportView extends VBox {

    private final DatabaseImportViewModel model;
    private final I18n i18n;
    private final TableView<List<String>> preview = new TableView<>();

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public DatabaseImportView(DatabaseImportViewModel model, I18n i18n) {
        super(10);
        this.model = Objects.requireNonNull(model, "model");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        setId("database-source");

        TextField url = new TextField();
        url.setId("database-url");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("database-user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("database-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        HBox.setHgrow(url, Priority.ALWAYS);

        ToggleGroup sourceKind = new ToggleGroup();
        RadioButton byTable = new RadioButton(i18n.get("database.table"));
        byTable.setId("database-by-table");
        byTable.setToggleGroup(sourceKind);
        RadioButton byQuery = new RadioButton(i18n.get("database.query"));
        byQuery.setId("database-by-query");
        byQuery.setToggleGroup(sourceKind);
        (model.useQueryProperty().get() ? byQuery : byTable).setSelected(true);
        byQuery.selectedProperty().addListener((obs, o, n) -> model.useQueryProperty().set(n));
        TextField table = new TextField();
        table.setId("database-table");
        table.setPromptText("public.orders");
        table.textProperty().bindBidirectional(model.tableProperty());
        table.disableProperty().bind(model.useQueryProperty());
        TextArea query = new TextArea();
        query.setId("database-query");
        query.setPromptText("SELECT customer_id, order_date, total FROM orders WHERE …");
        query.setPrefRowCount(2);
        query.textProperty().bindBidirectional(model.queryProperty());
        query.disableProperty().bind(model.useQueryProperty().not());
        Button show = new Button(i18n.get("database.preview"));
        show.setId("database-preview");
        show.setOnAction(e -> model.preview());
        show.disableProperty().bind(model.busyProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.add(label("database.url"), 0, 0);
        form.add(url, 1, 0, 3, 1);
        form.addRow(1, label("database.user"), user, label("database.password"), password);
        form.add(byTable, 0, 2);
        form.add(table, 1, 2, 3, 1);
        form.add(byQuery, 0, 3);
        form.add(query, 1, 3, 3, 1);
        byTable.setMinWidth(Region.USE_PREF_SIZE);
        byQuery.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(user, Priority.ALWAYS);
        GridPane.setHgrow(password, Priority.ALWAYS);
        Label passwordNote = new Label(i18n.get("database.password.note"));
        passwordNote.getStyleClass().add(Styles.TEXT_MUTED);
        // the button keeps its text; the note wraps beside it
        show.setMinWidth(Region.USE_PREF_SIZE);
        passwordNote.setWrapText(true);
        passwordNote.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(passwordNote, Priority.ALWAYS);
        HBox previewRow = new HBox(12, show, passwordNote);
        previewRow.setAlignment(Pos.CENTER_LEFT);

        preview.setId("database-preview-table");
        preview.setItems(model.previewRows());
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        preview.setPrefHeight(150);
        preview.setMinHeight(110);
        model.columns().addListener((ListChangeListener<String>) c -> rebuildColumns());
        VBox.setVgrow(preview, Priority.ALWAYS);

        getChildren().addAll(form, previewRow, preview, mapping(), mode(), status());
        rebuildColumns();
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private GridPane mapping() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<String> roles = DatabaseImportViewModel.ROLES;
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            ComboBox<String> box = new ComboBox<>();
            box.setId("database-map-" + role);
            box.setPrefWidth(150);
            box.setItems(model.columns());
            box.valueProperty().bindBidirectional(model.mappingProperty(role));
            Label label = label("wizard.role." + role);
            grid.add(label, (i % 4) * 2, i / 4);
            grid.add(box, (i % 4) * 2 + 1, i / 4);
        }
        return grid;
    }

    private VBox mode() {
        ToggleGroup group = new ToggleGroup();
        RadioButton aggregated = new RadioButton(i18n.get("database.mode.aggregated"));
        aggregated.setId("database-mode-aggregated");
        aggregated.setToggleGroup(group);
        RadioButton summary = new RadioButton(i18n.get("database.mode.summary"));
        summary.setId("database-mode-summary");
        summary.setToggleGroup(group);
        (model.summaryModeProperty().get() ? summary : aggregated).setSelected(true);
        summary.selectedProperty().addListener((obs, o, n) -> model.summaryModeProperty().set(n));
        TextField cal = new TextField();
        cal.setId("database-calibration-end");
        cal.setPromptText("YYYY-MM-DD");
        cal.setPrefColumnCount(10);
        cal.textProperty().bindBidirectional(model.calibrationEndProperty());
        cal.disableProperty().bind(model.summaryModeProperty().not());
        aggregated.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox summaryRow = new HBox(12, summary, label("database.calibrationEnd"), cal);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(i18n.get("database.mode.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(4, aggregated, summaryRow, note);
    }

    private VBox status() {
        Label status = new Label();
        status.setId("database-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("database-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button start = new Button(i18n.get("wizard.import"));
        start.setId("database-import");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.runImport());
        start.disableProperty().bind(model.busyProperty().or(model.previewedProperty().not()));
        Button cancel = new Button(i18n.get("database.cancel"));
        cancel.setId("database-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.busyProperty().not());
        HBox buttons = new HBox(8, start, cancel, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, buttons, error);
    }

    private void rebuildColumns() {
        preview.getColumns().clear();
        List<String> names = model.columns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(names.get(i));
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                    ? row.getValue().get(index) : ""));
            c.setSortable(false);
            preview.getColumns().add(c);
        }
    }
}
