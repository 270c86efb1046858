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

    /** @return the current settings */
    public Settings get() {
        return settings.get();
    }

    /**
     * Changes and saves the settings; the property changes even when saving fails.
     *
     * @param change turns the current settings into the new ones
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public void update(UnaryOperator<Settings> change) {
        Settings next = Objects.requireNonNull(change.apply(settings.get()), "new settings");
        settings.set(next);
        service.save(next);
    }
}
