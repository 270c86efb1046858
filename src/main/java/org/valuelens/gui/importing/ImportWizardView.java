package org.valuelens.gui.importing;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.Styling;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.RejectedRowView;

/**
 * The import wizard's window content: preview settings and table, column mapping, progress with Cancel, and the
 * validation summary with the rejected rows. Binds to {@link ImportWizardViewModel} and forwards events only.
 */
public final class ImportWizardView extends BorderPane {

    private final ImportWizardViewModel model;
    private final I18n i18n;
    private final Label stepTitle = new Label();
    private final TableView<List<String>> previewTable = new TableView<>();
    private final VBox summaryLines = new VBox(4);

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ImportWizardView(ImportWizardViewModel model, I18n i18n) {
        this(model, i18n, null);
    }

    /**
     * @param model    the view model
     * @param i18n     texts
     * @param database the Database source, or {@code null} for files only
     */
    public ImportWizardView(ImportWizardViewModel model, I18n i18n, DatabaseImportViewModel database) {
        this.model = Objects.requireNonNull(model, "model");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        setId("import-wizard");
        getStyleClass().add("import-wizard");
        setPadding(new Insets(20, 24, 16, 24));

        Label title = new Label(i18n.get("wizard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        stepTitle.setId("wizard-step");
        stepTitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(2, title, stepTitle);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        Node file = fileStep();
        Node preview = previewStep();
        Node mapping = mappingStep();
        Node running = runningStep();
        Node summary = summaryStep();
        StackPane steps = new StackPane(file, preview, mapping, running, summary);
        setCenter(steps);

        Button back = new Button(i18n.get("wizard.back"));
        back.setId("wizard-back");
        back.setOnAction(e -> model.back());
        Button next = new Button(i18n.get("wizard.next"));
        next.setId("wizard-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.setOnAction(e -> model.next());
        Button start = new Button(i18n.get("wizard.import"));
        start.setId("wizard-import");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.runImport());
        Button close = new Button(i18n.get("wizard.close"));
        close.setId("wizard-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            model.cancel();
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        model.closeRequestedProperty().addListener((obs, was, now) -> {
            if (now && getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, back, next, start, close);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setBottom(buttons);

        Runnable update = () -> {
            ImportWizardViewModel.Step s = model.stepProperty().get();
            file.setVisible(s == ImportWizardViewModel.Step.FILE);
            preview.setVisible(s == ImportWizardViewModel.Step.PREVIEW);
            mapping.setVisible(s == ImportWizardViewModel.Step.MAPPING);
            running.setVisible(s == ImportWizardViewModel.Step.RUNNING);
            summary.setVisible(s == ImportWizardViewModel.Step.SUMMARY);
            show(back, s == ImportWizardViewModel.Step.MAPPING || s == ImportWizardViewModel.Step.SUMMARY);
            show(next, s == ImportWizardViewModel.Step.PREVIEW);
            show(start, s == ImportWizardViewModel.Step.MAPPING);
            close.setText(s == ImportWizardViewModel.Step.SUMMARY ? i18n.get("wizard.done") : i18n.get("wizard.close"));
            close.setDisable(s == ImportWizardViewModel.Step.RUNNING);
            stepTitle.setText(switch (s) {
                case FILE -> i18n.get("wizard.step.file");
                case PREVIEW -> i18n.get("wizard.step.preview");
                case MAPPING -> i18n.get("wizard.step.mapping");
                case RUNNING -> i18n.get("wizard.step.running");
                case SUMMARY -> i18n.get("wizard.step.summary");
            });
            if (s == ImportWizardViewModel.Step.SUMMARY) {
                summaryLines.getChildren().clear();
                for (String line : model.summaryLines()) {
                    summaryLines.getChildren().add(new Label(line));
                }
            }
        };
        model.stepProperty().addListener((obs, o, n) -> update.run());
        update.run();
        next.disableProperty().bind(model.busyProperty());
        start.disableProperty().bind(model.busyProperty());
        if (database != null) {
            SourceSwitch.install(this, top, steps, database, i18n);
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /**
     * Opens the wizard in its own window-modal stage.
     *
     * @param owner the main window
     * @param model the view model (choose the file on it before or after)
     * @param i18n  texts
     * @return the shown stage
     */
    public static Stage open(Window owner, ImportWizardViewModel model, I18n i18n) {
        return open(owner, model, i18n, null);
    }

    /**
     * Opens the wizard with a Database source beside the file steps.
     *
     * @param owner    the main window
     * @param model    the file steps' view model
     * @param i18n     texts
     * @param database the Database source, or {@code null} for files only
     * @return the shown stage
     */
    public static Stage open(Window owner, ImportWizardViewModel model, I18n i18n, DatabaseImportViewModel database) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        ImportWizardView view = new ImportWizardView(model, i18n, database);
        Styling.apply(view, i18n.locale());
        stage.setScene(new Scene(view, 900, database != null ? 700 : 620));
        stage.setTitle(i18n.get("wizard.title"));
        stage.setOnHidden(e -> {
            model.cancel();
            if (database != null) {
                database.cancel();
            }
        });
        stage.show();
        return stage;
    }

    private Node fileStep() {
        Label hint = new Label(i18n.get("wizard.file.hint"));
        hint.setWrapText(true);
        Button choose = new Button(i18n.get("wizard.file.choose"));
        choose.setId("wizard-choose");
        choose.setOnAction(e -> model.chooseFile());
        VBox box = new VBox(12, hint, choose);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node previewStep() {
        ComboBox<String> encoding = new ComboBox<>(model.encodings());
        encoding.setId("wizard-encoding");
        model.encodingProperty().addListener((obs, o, n) -> encoding.setValue(n));
        encoding.setOnAction(e -> model.setEncoding(encoding.getValue()));
        ComboBox<String> delimiter = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                ImportWizardViewModel.DELIMITERS));
        delimiter.setId("wizard-delimiter");
        delimiter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String d) {
                if (d == null) {
                    return "";
                }
                return switch (d) {
                    case "tab" -> i18n.get("wizard.delimiter.tab");
                    case "whitespace" -> i18n.get("wizard.delimiter.whitespace");
                    case "," -> i18n.get("wizard.delimiter.comma");
                    case ";" -> i18n.get("wizard.delimiter.semicolon");
                    case "|" -> i18n.get("wizard.delimiter.pipe");
                    default -> d;
                };
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        model.delimiterProperty().addListener((obs, o, n) -> delimiter.setValue(n));
        delimiter.setOnAction(e -> model.setDelimiter(delimiter.getValue()));
        CheckBox header = new CheckBox(i18n.get("wizard.header"));
        header.setId("wizard-header");
        model.headerProperty().addListener((obs, o, n) -> header.setSelected(n));
        header.setOnAction(e -> model.setHeader(header.isSelected()));
        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("wizard-sheet");
        model.sheetProperty().addListener((obs, o, n) -> sheet.setValue(n));
        sheet.setOnAction(e -> model.setSheet(sheet.getValue()));

        Label encodingLabel = new Label(i18n.get("wizard.encoding"));
        Label delimiterLabel = new Label(i18n.get("wizard.delimiter"));
        Label sheetLabel = new Label(i18n.get("wizard.sheet"));
        HBox text = new HBox(8, encodingLabel, encoding, delimiterLabel, delimiter);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox excel = new HBox(8, sheetLabel, sheet);
        excel.setAlignment(Pos.CENTER_LEFT);
        text.visibleProperty().bind(model.excelProperty().not());
        text.managedProperty().bind(text.visibleProperty());
        excel.visibleProperty().bind(model.excelProperty());
        excel.managedProperty().bind(excel.visibleProperty());
        HBox settings = new HBox(20, text, excel, header);
        settings.setAlignment(Pos.CENTER_LEFT);

        previewTable.setId("wizard-preview-table");
        previewTable.setItems(model.previewRows());
        previewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.columns().addListener((ListChangeListener<String>) c -> rebuildColumns());
        VBox.setVgrow(previewTable, Priority.ALWAYS);

        Label warnings = new Label();
        warnings.setId("wizard-warnings");
        warnings.setWrapText(true);
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.getStyleClass().add(Styles.WARNING);
        warnings.textProperty().bind(model.warningsProperty());
        warnings.visibleProperty().bind(model.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        Label dates = new Label();
        dates.setId("wizard-date-reading");
        dates.setWrapText(true);
        dates.textProperty().bind(model.dateReadingProperty());
        dates.visibleProperty().bind(model.dateReadingProperty().isNotEmpty());
        dates.managedProperty().bind(dates.visibleProperty());
        return new VBox(10, settings, previewTable, dates, warnings);
    }

    private void rebuildColumns() {
        previewTable.getColumns().clear();
        List<String> names = model.columns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> col = new TableColumn<>(names.get(i));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                    ? row.getValue().get(index) : ""));
            col.setPrefWidth(Math.max(110, Math.min(220, 9 * names.get(i).length() + 30)));
            col.setSortable(false);
            previewTable.getColumns().add(col);
        }
    }

    private Node mappingStep() {
        ToggleGroup shape = new ToggleGroup();
        RadioButton log = new RadioButton(i18n.get("wizard.shape.transactions"));
        log.setId("wizard-shape-transactions");
        log.setToggleGroup(shape);
        RadioButton table = new RadioButton(i18n.get("wizard.shape.customers"));
        table.setId("wizard-shape-customers");
        table.setToggleGroup(shape);
        Runnable syncShape = () -> (model.customerTableProperty().get() ? table : log).setSelected(true);
        model.customerTableProperty().addListener((obs, o, n) -> syncShape.run());
        syncShape.run();
        log.setOnAction(e -> model.customerTableProperty().set(false));
        table.setOnAction(e -> model.customerTableProperty().set(true));
        HBox shapes = new HBox(16, new Label(i18n.get("wizard.shape")), log, table);
        shapes.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (String role : ImportWizardViewModel.ROLES) {
            Label name = new Label(roleLabel(role));
            ComboBox<String> combo = new ComboBox<>();
            combo.setId("map-" + role);
            combo.setPrefWidth(240);
            String none = i18n.get("wizard.none");
            Runnable items = () -> {
                List<String> all = new java.util.ArrayList<>();
                all.add(none);
                all.addAll(model.columns());
                combo.getItems().setAll(all);
                String v = model.mappingProperty(role).get();
                combo.setValue(v == null ? none : v);
            };
            model.columns().addListener((ListChangeListener<String>) c -> items.run());
            items.run();
            model.mappingProperty(role).addListener((obs, o, n) -> combo.setValue(n == null ? none : n));
            combo.valueProperty().addListener((obs, o, n) -> {
                if (n != null) {
                    model.mappingProperty(role).set(none.equals(n) ? null : n);
                }
            });
            Label sample = new Label();
            sample.getStyleClass().add(Styles.TEXT_MUTED);
            sample.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                int c = model.columns().indexOf(model.mappingProperty(role).get());
                if (c < 0) {
                    return "";
                }
                List<String> values = new java.util.ArrayList<>();
                for (List<String> r : model.previewRows()) {
                    if (values.size() >= 3) {
                        break;
                    }
                    values.add(c < r.size() ? r.get(c) : "");
                }
                return i18n.format("wizard.mapping.sample", String.join(", ", values));
            }, model.mappingProperty(role), model.previewRows(), model.columns()));
            grid.addRow(row++, name, combo, sample);
        }
        Label hint = new Label(i18n.get("wizard.mapping.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = new Label();
        message.setId("wizard-message");
        message.textProperty().bind(model.progressMessageProperty());
        message.visibleProperty().bind(model.stepProperty().isEqualTo(ImportWizardViewModel.Step.MAPPING)
                .and(model.progressMessageProperty().isEqualTo(i18n.get("wizard.cancelled"))));
        return new VBox(14, shapes, hint, grid, message);
    }

    private String roleLabel(String role) {
        return switch (role) {
            case "customer" -> i18n.get("wizard.role.customer");
            case "date" -> i18n.get("wizard.role.date");
            case "amount" -> i18n.get("wizard.role.amount");
            case "quantity" -> i18n.get("wizard.role.quantity");
            case "price" -> i18n.get("wizard.role.price");
            case "cost" -> i18n.get("wizard.role.cost");
            case "channel" -> i18n.get("wizard.role.channel");
            case "product" -> i18n.get("wizard.role.product");
            case "category" -> i18n.get("wizard.role.category");
            default -> i18n.get("wizard.role.invoice");
        };
    }

    private Node runningStep() {
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progressProperty());
        Label message = new Label();
        message.textProperty().bind(model.progressMessageProperty());
        Label left = new Label();
        left.setId("wizard-time-left");
        left.textProperty().bind(model.timeLeftProperty());
        Button cancel = new Button(i18n.get("wizard.cancel"));
        cancel.setId("wizard-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setOnAction(e -> model.cancel());
        VBox box = new VBox(14, message, bar, left, cancel);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node summaryStep() {
        summaryLines.setId("wizard-summary");
        javafx.collections.transformation.SortedList<RejectedRowView> sorted =
                new javafx.collections.transformation.SortedList<>(model.rejected());
        TableView<RejectedRowView> rejected = new TableView<>(sorted);
        sorted.comparatorProperty().bind(rejected.comparatorProperty());
        rejected.setId("wizard-rejected");
        rejected.setPlaceholder(new Label(i18n.get("wizard.rejected.none")));
        rejected.getColumns().add(column(i18n.get("wizard.rejected.row"), r -> Long.toString(r.sourceRow()), 70));
        rejected.getColumns().add(column(i18n.get("wizard.rejected.reason"), r -> model.reasonText(r.reason()), 150));
        rejected.getColumns().add(column(i18n.get("wizard.rejected.column"), RejectedRowView::column, 100));
        rejected.getColumns().add(column(i18n.get("wizard.rejected.message"), r -> model.messageText(r.message()),
                330));
        rejected.getColumns().add(column(i18n.get("wizard.rejected.raw"), RejectedRowView::rawText, 200));
        ExportMenus.table(rejected, model.exports(), Format.INTEGER);
        VBox.setVgrow(rejected, Priority.ALWAYS);
        Button export = new Button(i18n.get("wizard.exportRejected"));
        export.setId("wizard-export-rejected");
        export.setOnAction(e -> model.exportRejected());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rejected()));
        Label rejectedTitle = new Label(i18n.get("wizard.rejected.title"));
        rejectedTitle.getStyleClass().add(Styles.TITLE_4);
        HBox bar = new HBox(12, rejectedTitle, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label fix = new Label(i18n.get("wizard.summary.fixHint"));
        fix.setId("wizard-fix-hint");
        fix.setWrapText(true);
        fix.setMinHeight(Region.USE_PREF_SIZE);
        fix.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(12, summaryLines, fix, bar, rejected);
    }

    private static TableColumn<RejectedRowView, String> column(String title,
            java.util.function.Function<RejectedRowView, String> value, double width) {
        TableColumn<RejectedRowView, String> col = new TableColumn<>(title);
        col.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
