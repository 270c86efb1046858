package org.valuelens.gui.common;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * The current {@link Settings} as an observable property, saved through {@link SettingsService} on every change.
 * The settings file is a few hundred bytes, so it is written on the calling (FX) thread. FX thread only.
 */
public final class UserSettings {

    private final SettingsService service;
    private final ReadOnlyObjectWrapper<Settings> settings;
    private String datasetCurrency;
    private java.util.function.Consumer<String> datasetCurrencySaver = c -> { };

    /**
     * @param service loads the initial settings and saves changes
     * @param initial the settings already loaded ({@code null} not permitted)
     */
    public UserSettings(SettingsService service, Settings initial) {
        this.service = Objects.requireNonNull(service, "service");
        this.settings = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial, "initial"));
    }

    /** @return the current settings (never {@code null}) */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /**
     * @return the current settings; while a dataset with its own currency is open (found in its file or set for
     *         it), that currency replaces the app's currency sign
     */
    public Settings get() {
        Settings s = settings.get();
        return datasetCurrency == null ? s : s.withCurrencySymbol(datasetCurrency);
    }

    /** @param currency the open dataset's currency ({@code null} = none: the app's setting applies) */
    public void setDatasetCurrency(String currency) {
        datasetCurrency = currency;
    }

    /** @param saver stores a currency the user typed for the open dataset (with the dataset's settings) */
    public void setDatasetCurrencySaver(java.util.function.Consumer<String> saver) {
        datasetCurrencySaver = Objects.requireNonNull(saver, "saver");
    }

    /**
     * Changes and saves the settings; the property changes even when saving fails.
     *
     * @param change turns the current settings into the new ones
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public void update(UnaryOperator<Settings> change) {
        Settings raw = settings.get();
        Settings next = Objects.requireNonNull(change.apply(raw), "new settings");
        if (datasetCurrency != null) {
            // a currency typed while a dataset with its own currency is open belongs to that dataset
            String chosen = next.currencySymbol();
            next = next.withCurrencySymbol(raw.currencySymbol());
            if (!chosen.equals(raw.currencySymbol()) && !chosen.equals(datasetCurrency)) {
                datasetCurrency = chosen;
                datasetCurrencySaver.accept(chosen);
            }
        }
        settings.set(next);
        service.save(next);
    }
}
