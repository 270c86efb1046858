package org.valuelens.gui.whatif;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.glossary.GlossaryView;
import org.valuelens.gui.glossary.GlossaryViewModel;

/**
 * The What-if page: a slider and an editable field for each CLV input (units in the labels), the simple and the
 * discounted CLV updating live, a chart of the cumulative discounted value by year, "Load from dataset", and the
 * glossary as a side panel.
 */
public final class WhatIfView extends PageView {

    /** SVG path of the page icon: a slider knob on a line with a question mark curve (24×24 grid). */
    public static final String ICON = "M3 17 H21 M9 14 V20 M14 4 A3 3 0 1 1 17 7 C16 7.6 15.5 8.2 15.5 9.5 "
            + "M15.5 12 V12.5";

    private final WhatIfViewModel model;
    private final List<Object> keep = new ArrayList<>();

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public WhatIfView(WhatIfViewModel model, I18n i18n) {
        super(i18n, "page.whatif.title", "page.whatif.subtitle", ICON);
        this.model = model;
        setId("page-whatif");
        String cur = model.currency();
        VBox form = new VBox(6);
        form.setId("whatif-form");
        form.getChildren().add(input("whatif-aov", i18n.format("whatif.aov", cur), model.aovProperty(), 0, 500, 5, 2));
        form.getChildren().add(input("whatif-frequency", i18n.get("whatif.frequency"),
                model.purchasesPerYearProperty(), 0, 52, 1, 2));
        ToggleGroup mode = new ToggleGroup();
        RadioButton byLifespan = new RadioButton(i18n.get("whatif.mode.lifespan"));
        byLifespan.setId("whatif-mode-lifespan");
        byLifespan.setToggleGroup(mode);
        RadioButton byRetention = new RadioButton(i18n.get("whatif.mode.retention"));
        byRetention.setId("whatif-mode-retention");
        byRetention.setToggleGroup(mode);
        (model.useRetentionProperty().get() ? byRetention : byLifespan).setSelected(true);
        mode.selectedToggleProperty().addListener((obs, o, t) -> model.useRetentionProperty().set(t == byRetention));
        // the radio buttons keep their whole texts and stack when the form is too narrow for both on one line
        org.valuelens.gui.common.Toolbar.keepWidth(byLifespan);
        org.valuelens.gui.common.Toolbar.keepWidth(byRetention);
        javafx.scene.layout.FlowPane radios = new javafx.scene.layout.FlowPane(16, 4, byLifespan, byRetention);
        form.getChildren().add(new VBox(4, wrapping(new Label(i18n.get("whatif.mode"))), radios));
        Node life = input("whatif-lifespan", i18n.get("whatif.lifespan"), model.lifespanYearsProperty(), 0, 20, 1,
                2);
        Node retention = input("whatif-retention", i18n.get("whatif.retention"), model.retentionPercentProperty(),
                0, 95, 1, 1);
        life.disableProperty().bind(model.useRetentionProperty());
        retention.disableProperty().bind(model.useRetentionProperty().not());
        Label derived = new Label();
        derived.setId("whatif-derived");
        derived.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        derived.textProperty().bind(model.derivedTextProperty());
        wrapping(derived);
        form.getChildren().addAll(life, retention, derived);
        form.getChildren().add(input("whatif-margin", i18n.get("whatif.margin"), model.marginPercentProperty(), 0,
                100, 1, 1));
        form.getChildren().add(input("whatif-discount", i18n.get("whatif.discount"), model.discountPercentProperty(),
                0, 30, 0.5, 2));
        form.getChildren().add(input("whatif-cac", i18n.format("whatif.cac", cur), model.cacProperty(), 0, 500, 5,
                2));

        Button load = new Button(i18n.get("whatif.load"));
        load.setId("whatif-load");
        load.setOnAction(e -> model.loadFromDataset());
        load.disableProperty().bind(model.loadedProperty().not().or(model.loadingProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        ToggleButton glossary = new ToggleButton(i18n.get("whatif.glossary"));
        glossary.setId("whatif-glossary");
        VBox actions = org.valuelens.gui.common.Toolbar.of(new Node[] {load, busy, glossary});
        Label message = new Label();
        message.setId("whatif-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Node simple = card("whatif-simple", i18n.get("whatif.result.simple"), i18n.get("whatif.formula.simple"),
                model.simpleTextProperty());
        Node discounted = card("whatif-discounted", i18n.get("whatif.result.discounted"),
                i18n.get("whatif.formula.discounted"), model.discountedTextProperty());
        javafx.scene.layout.FlowPane results = new javafx.scene.layout.FlowPane(12, 12, simple, discounted);
        Label detail = new Label();
        detail.setId("whatif-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.textProperty().bind(model.detailTextProperty());

        VBox left = new VBox(12, form, actions, message);
        left.setMinWidth(320);
        left.setPrefWidth(360);
        left.setMaxWidth(360);
        left.setMinHeight(Region.USE_PREF_SIZE);
        ChartViewer chart = new ChartViewer();
        chart.setId("whatif-chart");
        chart.setMinSize(280, 240);
        chart.setPrefSize(520, 320);
        ExportMenus.chart(chart, model.exports());
        if (model.chartProperty().get() != null) {
            chart.setChart(model.chartProperty().get());
        }
        model.chartProperty().addListener((obs, o, c) -> {
            if (c != null) {
                chart.setChart(c);
            }
        });
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox right = new VBox(12, results, detail, chart);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox main = new HBox(24, left, right);
        main.setPadding(new Insets(0, 24, 16, 40));
        ScrollPane scroll = new ScrollPane(main);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);

        GlossaryView side = new GlossaryView(new GlossaryViewModel(i18n), i18n);
        side.setId("whatif-glossary-panel");
        side.setPrefWidth(280);
        side.setMinWidth(240);
        side.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 0 1;");
        glossary.selectedProperty().addListener((obs, o, on) -> setRight(on ? side : null));
    }

    private Node card(String id, String title, String formula, javafx.beans.value.ObservableValue<String> value) {
        Label t = wrapping(new Label(title));
        t.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().addAll(Styles.TITLE_2);
        v.textProperty().bind(value);
        Label f = new Label(formula);
        f.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        wrapping(f);
        VBox card = new VBox(4, t, v, f);
        card.setPadding(new Insets(12, 16, 12, 16));
        card.setPrefWidth(260);
        card.setMinWidth(220);
        card.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }

    /** @return the label, wrapping and never shorter than its wrapped text */
    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Label over a slider and an editable field for one input. */
    private Node input(String id, String label, DoubleProperty value, double min, double max, double step,
                       int decimals) {
        Label l = wrapping(new Label(label));
        Slider slider = new Slider(min, Math.max(max, value.get()), value.get());
        slider.setId(id + "-slider");
        slider.setBlockIncrement(step);
        slider.setMajorTickUnit(step);
        slider.setMinorTickCount(0);
        // grow the range when a larger value is typed, before the slider would clamp it
        value.addListener((obs, o, v) -> {
            if (v.doubleValue() > slider.getMax()) {
                slider.setMax(v.doubleValue() * 1.5);
            }
        });
        slider.valueProperty().bindBidirectional(value);
        TextField field = new TextField();
        field.setId(id + "-field");
        field.setPrefColumnCount(6);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setAlignment(Pos.CENTER_RIGHT);
        TextFormatter<Double> formatter = new TextFormatter<>(converter(decimals), value.get());
        field.setTextFormatter(formatter);
        ObjectProperty<Double> boxed = value.asObject();
        keep.add(boxed);
        formatter.valueProperty().bindBidirectional(boxed);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(10, slider, field);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(0, l, line);
        box.setId(id);
        return box;
    }

    private StringConverter<Double> converter(int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n().locale());
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : f.format(v);
            }

            @Override
            public Double fromString(String s) {
                if (s == null || s.isBlank()) {
                    throw new IllegalArgumentException("empty");
                }
                ParsePosition pos = new ParsePosition(0);
                Number n = f.parse(s.trim(), pos);
                if (n == null || pos.getIndex() != s.trim().length() || n.doubleValue() < 0) {
                    throw new IllegalArgumentException("not a number >= 0: " + s);
                }
                return n.doubleValue();
            }
        };
    }
}
