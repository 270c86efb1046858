package org.valuelens.gui.settings;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.TimeUnit;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.Theme;

/**
 * The Settings page. Analysis defaults (currency, time unit, discount rate, margin) are edited as a form and
 * stored by {@link #save()}; theme and language are stored as soon as they change. The theme applies live (the
 * composition root follows the settings); the language applies at the next start. FX thread only.
 */
public final class SettingsViewModel {

    private final UserSettings settings;
    private final Language startLanguage;
    private final StringProperty currencySymbol = new SimpleStringProperty();
    private final ObjectProperty<TimeUnit> timeUnit = new SimpleObjectProperty<>();
    private final StringProperty discountPercent = new SimpleStringProperty();
    private final StringProperty marginPercent = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding restartNeeded;
    private final BooleanBinding canSave;
    private final ReadOnlyStringWrapper saveErrorKey = new ReadOnlyStringWrapper();

    /**
     * @param settings the user settings; the language they hold now is the one in use until restart
     */
    public SettingsViewModel(UserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.startLanguage = settings.get().language();
        revert();
        restartNeeded = Bindings.createBooleanBinding(() -> language.get() != startLanguage, language);
        currencySymbol.addListener((o, a, b) -> edited());
        timeUnit.addListener((o, a, b) -> edited());
        discountPercent.addListener((o, a, b) -> edited());
        marginPercent.addListener((o, a, b) -> edited());
        canSave = Bindings.createBooleanBinding(() -> errorKey.get() == null && !saved.get(), errorKey, saved);
        theme.addListener((o, a, t) -> {
            if (t != null && t != settings.get().theme()) {
                store(s -> s.withTheme(t));
            }
        });
        language.addListener((o, a, l) -> {
            if (l != null && l != settings.get().language()) {
                store(s -> s.withLanguage(l));
            }
        });
        settings.settingsProperty().addListener((o, a, s) -> {
            theme.set(s.theme());
            language.set(s.language());
        });
    }

    // Properties //

    /** @return the currency symbol being edited */
    public StringProperty currencySymbolProperty() {
        return currencySymbol;
    }

    /** @return the default time unit being edited */
    public ObjectProperty<TimeUnit> timeUnitProperty() {
        return timeUnit;
    }

    /** @return the annual discount rate being edited, as a percentage text ("10" = 10 %) */
    public StringProperty discountPercentProperty() {
        return discountPercent;
    }

    /** @return the margin being edited, as a percentage text ("30" = 30 %) */
    public StringProperty marginPercentProperty() {
        return marginPercent;
    }

    /** @return the theme; changing it stores and applies it at once */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** @return the language; changing it stores it for the next start */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** @return bundle key of the first invalid field's message, {@code null} when the form is valid */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** @return bundle key of the message when the file could not be written, else {@code null} */
    public ReadOnlyStringProperty saveErrorKeyProperty() {
        return saveErrorKey.getReadOnlyProperty();
    }

    /** @return {@code true} right after a successful save, until the next edit */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** @return {@code true} when the form is valid and has unsaved edits */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** @return {@code true} when the chosen language differs from the one in use */
    public BooleanBinding restartNeededProperty() {
        return restartNeeded;
    }

    // Commands //

    /** Stores the form's analysis defaults; does nothing when a field is invalid. */
    public void save() {
        validate();
        if (errorKey.get() != null) {
            return;
        }
        Settings current = settings.get();
        Settings next = current.withCurrencySymbol(currencySymbol.get())
                .withDefaultTimeUnit(timeUnit.get())
                .withAnnualDiscountRate(parsePercent(discountPercent.get()))
                .withMargin(parsePercent(marginPercent.get()));
        if (store(s -> next.withTheme(s.theme()).withLanguage(s.language()))) {
            saved.set(true);
        }
    }

    /** Puts the stored values back into the form. */
    public void revert() {
        Settings s = settings.get();
        currencySymbol.set(s.currencySymbol());
        timeUnit.set(s.defaultTimeUnit());
        discountPercent.set(formatPercent(s.annualDiscountRate()));
        marginPercent.set(formatPercent(s.margin()));
        theme.set(s.theme());
        language.set(s.language());
        errorKey.set(null);
        saved.set(true);
    }

    /**
     * Parses a percentage typed by the user: "10", "10%", "10.5", "10,5" (comma as decimal separator).
     *
     * @param text the text ({@code null} gives NaN)
     * @return the fraction (10 → 0.10), or NaN when it is not a number
     */
    public static double parsePercent(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String t = text.strip().replace('%', ' ').strip().replace(',', '.');
        try {
            return new BigDecimal(t).movePointLeft(2).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * @param fraction 0.10
     * @return "10" (no trailing zeros, '.' as separator)
     */
    public static String formatPercent(double fraction) {
        return new BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }

    private void edited() {
        saved.set(false);
        validate();
    }

    private void validate() {
        String c = currencySymbol.get() == null ? "" : currencySymbol.get().strip();
        double rate = parsePercent(discountPercent.get());
        double margin = parsePercent(marginPercent.get());
        if (c.isEmpty() || c.length() > Settings.MAX_CURRENCY_LENGTH) {
            errorKey.set("settings.error.currency");
        } else if (timeUnit.get() == null) {
            errorKey.set("settings.error.timeUnit");
        } else if (!(rate >= 0.0 && rate < 1.0)) {
            errorKey.set("settings.error.discount");
        } else if (!(margin > 0.0 && margin <= 1.0)) {
            errorKey.set("settings.error.margin");
        } else {
            errorKey.set(null);
        }
    }

    private boolean store(java.util.function.UnaryOperator<Settings> change) {
        try {
            settings.update(change);
            saveErrorKey.set(null);
            return true;
        } catch (RuntimeException e) {
            saveErrorKey.set("settings.error.save");
            return false;
        }
    }
}
