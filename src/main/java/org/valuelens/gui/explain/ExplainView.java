package org.valuelens.gui.explain;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.Styling;
import org.valuelens.service.ClvExplanation;

/**
 * The "How is this computed?" panel: formula (typeset), the formula with the values substituted, inputs, steps,
 * result, and what each model parameter means. Rebuilt whenever the view model receives an explanation.
 */
public final class ExplainView extends BorderPane {

    private final ExplainViewModel model;
    private final I18n i18n;
    private final VBox body = new VBox(14);
    private final ScrollPane scroll;

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ExplainView(ExplainViewModel model, I18n i18n) {
        this.model = Objects.requireNonNull(model, "model");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        setId("explain-view");
        getStyleClass().add("explain-view");
        Label title = new Label();
        title.setId("explain-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label note = new Label();
        note.setId("explain-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(model.noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        VBox head = new VBox(6, title, note);
        head.setPadding(new Insets(18, 22, 8, 22));
        setTop(head);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(36, 36);
        Label computing = new Label(i18n.get("explain.computing"));
        HBox waiting = new HBox(10, busy, computing);
        waiting.setAlignment(Pos.CENTER_LEFT);
        waiting.visibleProperty().bind(model.busyProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        Label error = new Label();
        error.setId("explain-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        body.setPadding(new Insets(6, 22, 18, 22));
        VBox content = new VBox(10, waiting, error, body);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        model.explanationProperty().addListener((obs, o, e) -> rebuild(e));
        rebuild(model.explanationProperty().get());
    }


    private void rebuild(ClvExplanation e) {
        body.getChildren().clear();
        scroll.setVvalue(0);
        if (e == null) {
            return;
        }
        boolean hasCost = model.symbols().containsKey("cost");
        Node formula = FormulaView.symbolic(model.methodProperty().get(), hasCost);
        formula.setId("explain-formula");
        VBox formulaBox = new VBox(8, formula);
        Node sub = FormulaView.substituted(model.methodProperty().get(), model.symbols());
        if (sub != null) {
            sub.setId("explain-substituted");
            formulaBox.getChildren().add(sub);
        }
        formulaBox.setPadding(new Insets(12, 16, 12, 16));
        formulaBox.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"
                + " -fx-border-color: -color-border-default; -fx-border-radius: 6;");
        body.getChildren().addAll(section("explain.section.formula"), formulaBox);

        body.getChildren().addAll(section("explain.section.inputs"), grid("explain-inputs", model.inputs()));
        body.getChildren().addAll(section("explain.section.steps"), grid("explain-steps", model.steps()));

        Label result = new Label();
        result.setId("explain-result");
        result.getStyleClass().addAll(Styles.TITLE_2, Styles.ACCENT);
        result.textProperty().bind(model.resultProperty());
        Label resultLabel = new Label(i18n.get("explain.section.result"));
        resultLabel.getStyleClass().add(Styles.TITLE_4);
        HBox res = new HBox(14, resultLabel, result);
        res.setAlignment(Pos.BASELINE_LEFT);
        body.getChildren().add(res);

        if (!model.parameters().isEmpty()) {
            body.getChildren().add(section("explain.section.parameters"));
            VBox notes = new VBox(8);
            notes.setId("explain-parameters");
            for (ExplainViewModel.ParameterNote n : model.parameters()) {
                Label name = new Label(n.name() + " = " + n.value());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                name.setMinWidth(140);
                name.setPrefWidth(140);
                Label meaning = new Label(n.meaning());
                meaning.setWrapText(true);
                HBox.setHgrow(meaning, Priority.ALWAYS);
                meaning.setMaxWidth(Double.MAX_VALUE);
                HBox line = new HBox(10, name, meaning);
                notes.getChildren().add(line);
            }
            body.getChildren().add(notes);
        }
    }

    private Label section(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        l.setPadding(new Insets(4, 0, 0, 0));
        return l;
    }

    private static GridPane grid(String id, List<ExplainViewModel.Line> lines) {
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(18);
        g.setVgap(3);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setHgrow(Priority.ALWAYS);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHalignment(javafx.geometry.HPos.RIGHT);
        c1.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().addAll(c0, c1);
        int row = 0;
        for (ExplainViewModel.Line l : lines) {
            Label name = new Label(l.label());
            name.setWrapText(true);
            Label value = new Label(l.value());
            value.getStyleClass().add(Styles.TEXT_BOLD);
            g.addRow(row++, name, value);
        }
        return g;
    }

    /**
     * Opens the panel in its own window next to the main window (not modal: the user can keep working).
     *
     * @param owner    the main window
     * @param model    the view model (call {@link ExplainViewModel#load} before or after)
     * @param i18n     texts
     * @param glossary opens the glossary ({@code null} = no button)
     * @return the window, shown
     */
    public static Stage open(Window owner, ExplainViewModel model, I18n i18n, Runnable glossary) {
        ExplainView view = new ExplainView(model, i18n);
        Button close = new Button(i18n.get("explain.close"));
        close.setId("explain-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, gap, close);
        if (glossary != null) {
            Button g = new Button(i18n.get("explain.glossary"));
            g.setId("explain-glossary");
            g.getStyleClass().add(Styles.FLAT);
            g.setOnAction(ev -> glossary.run());
            bar.getChildren().add(0, g);
        }
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 16, 12, 16));
        view.setBottom(bar);
        Styling.apply(view, i18n.locale());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(i18n.get("explain.window"));
        stage.setScene(new Scene(view, 660, 780));
        close.setOnAction(e -> stage.close());
        stage.show();
        close.requestFocus();
        return stage;
    }
}
