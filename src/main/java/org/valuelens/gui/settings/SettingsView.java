package org.valuelens.gui.settings;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;
import org.valuelens.gui.common.Styling;
import org.valuelens.model.TimeUnit;
import org.valuelens.service.Language;
import org.valuelens.service.Theme;

/** The Settings page: analysis defaults form, theme switch, language choice. */
public final class SettingsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public SettingsView(SettingsViewModel model, I18n i18n) {
        super(i18n, "page.settings.title", "page.settings.subtitle", Icons.SETTINGS);
        Objects.requireNonNull(model, "model");
        setId("page-settings");

        TextField currency = new TextField();
        currency.setId("settings-currency");
        currency.setPrefColumnCount(5);
        currency.textProperty().bindBidirectional(model.currencySymbolProperty());

        ComboBox<TimeUnit> unit = new ComboBox<>();
        unit.setId("settings-time-unit");
        unit.getItems().setAll(TimeUnit.values());
        unit.setConverter(converter(u -> i18n.get(timeUnitKey(u))));
        unit.valueProperty().bindBidirectional(model.timeUnitProperty());

        TextField discount = percentField("settings-discount", model.discountPercentProperty());
        TextField margin = percentField("settings-margin", model.marginPercentProperty());

        Label error = new Label();
        error.setId("settings-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            String k = model.errorKeyProperty().get() != null ? model.errorKeyProperty().get()
                    : model.saveErrorKeyProperty().get();
            return k == null ? "" : i18n.get(k);
        }, model.errorKeyProperty(), model.saveErrorKeyProperty()));
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label savedNote = new Label(i18n.get("settings.saved"));
        savedNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        savedNote.visibleProperty().bind(model.savedProperty());
        Button save = new Button(i18n.get("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(i18n.get("settings.revert"));
        revert.setId("settings-revert");
        revert.setOnAction(e -> model.revert());
        savedNote.setWrapText(true);
        savedNote.setMinHeight(Region.USE_PREF_SIZE);
        VBox buttons = org.valuelens.gui.common.Toolbar.of(new Node[] {save, revert, savedNote});

        GridPane analysis = grid();
        row(analysis, 0, i18n.get("settings.currency"), currency, i18n.get("settings.currency.help"));
        row(analysis, 1, i18n.get("settings.timeUnit"), unit, i18n.get("settings.timeUnit.help"));
        row(analysis, 2, i18n.get("settings.discount"), withSuffix(discount), i18n.get("settings.discount.help"));
        row(analysis, 3, i18n.get("settings.margin"), withSuffix(margin), i18n.get("settings.margin.help"));
        VBox analysisSection = section(i18n.get("settings.section.analysis"), analysis, error, buttons);

        ToggleGroup themes = new ToggleGroup();
        ToggleButton light = themeButton("settings-theme-light", i18n.get("theme.light"), themes, Theme.LIGHT,
                model);
        ToggleButton dark = themeButton("settings-theme-dark", i18n.get("theme.dark"), themes, Theme.DARK, model);
        light.getStyleClass().add(Styles.LEFT_PILL);
        dark.getStyleClass().add(Styles.RIGHT_PILL);
        org.valuelens.gui.common.Toolbar.keepWidth(light);
        org.valuelens.gui.common.Toolbar.keepWidth(dark);
        HBox themeBox = new HBox(light, dark);
        themeBox.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(converter(Language::nativeName));
        language.setCellFactory(lv -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label restart = new Label(i18n.get("settings.language.restart"));
        restart.setId("settings-restart");
        restart.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        restart.visibleProperty().bind(model.restartNeededProperty());
        restart.setWrapText(true);
        restart.setMinHeight(Region.USE_PREF_SIZE);

        GridPane look = grid();
        row(look, 0, i18n.get("settings.theme"), themeBox, i18n.get("settings.theme.help"));
        row(look, 1, i18n.get("settings.language"), language, i18n.get("settings.language.help"));
        VBox lookSection = section(i18n.get("settings.section.appearance"), look, restart);

        VBox body = new VBox(24, analysisSection, lookSection);
        body.setPadding(new Insets(8, 40, 40, 40));
        body.setMaxWidth(860);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        setCenter(scroll);
    }

    private static ToggleButton themeButton(String id, String text, ToggleGroup group, Theme theme,
                                            SettingsViewModel model) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(model.themeProperty().get() == theme);
        b.setOnAction(e -> {
            model.themeProperty().set(theme);
            b.setSelected(true);
        });
        model.themeProperty().addListener((o, a, t) -> b.setSelected(t == theme));
        return b;
    }

    private static TextField percentField(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.setAlignment(Pos.CENTER_RIGHT);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Node withSuffix(TextField field) {
        Label pct = new Label("%");
        HBox box = new HBox(6, field, pct);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(14);
        ColumnConstraints label = new ColumnConstraints();
        // the label column is as wide as its longest label (never cut); the help column wraps
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(Region.USE_COMPUTED_SIZE);
        label.setHalignment(HPos.LEFT);
        ColumnConstraints field = new ColumnConstraints();
        ColumnConstraints help = new ColumnConstraints();
        field.setMinWidth(160);
        help.setMinWidth(120);
        help.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field, help);
        return g;
    }

    private static void row(GridPane g, int row, String label, Node field, String help) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setMinWidth(Region.USE_PREF_SIZE);
        Label h = new Label(help);
        h.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        h.setWrapText(true);
        h.setMinHeight(Region.USE_PREF_SIZE);
        g.addRow(row, l, field, h);
    }

    private static VBox section(String title, Node... children) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        t.setWrapText(true);
        t.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(16, t);
        box.getChildren().addAll(children);
        box.getStyleClass().add("settings-section");
        box.setPadding(new Insets(20, 24, 20, 24));
        return box;
    }

    private static <T> StringConverter<T> converter(Callback<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.call(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static String timeUnitKey(TimeUnit unit) {
        switch (unit) {
            case DAY:
                return "timeUnit.day";
            case MONTH:
                return "timeUnit.month";
            default:
                return "timeUnit.week";
        }
    }

    /** A language by its own name, in its own script's font. */
    private static final class LanguageCell extends javafx.scene.control.ListCell<Language> {
        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.nativeName());
            setStyle(empty || item == null ? "" : Styling.scriptFont(item.locale()));
        }
    }
}
