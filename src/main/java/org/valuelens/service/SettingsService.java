package org.valuelens.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.valuelens.model.TimeUnit;

/**
 * Loads and saves the user's {@link Settings} as a UTF-8 properties file.
 *
 * <p>The default file is under the per-user configuration folder, derived from the {@code user.home} system
 * property (so tests can redirect it) and {@code os.name}:
 * <ul>
 *   <li>Linux and other Unix: {@code ~/.config/valuelens/settings.properties}</li>
 *   <li>Windows: {@code ~\AppData\Roaming\ValueLens\settings.properties} (the usual {@code %APPDATA%})</li>
 *   <li>macOS: {@code ~/Library/Application Support/ValueLens/settings.properties}</li>
 * </ul>
 * A missing file gives {@link Settings#firstRun()} (the defaults in the system's language); a missing or invalid
 * single value falls back to its default, so a damaged file never stops the app. Not thread-safe: call from one thread at a time.
 */
public final class SettingsService {

    static final String CURRENCY = "currency.symbol";
    static final String TIME_UNIT = "time.unit";
    static final String DISCOUNT = "discount.rate.annual";
    static final String MARGIN = "margin";
    static final String THEME = "theme";
    static final String LANGUAGE = "language";
    static final String RECENT = "recent.workspace.";

    private final Path file;

    /**
     * @param file the settings file to read and write ({@code null} not permitted; need not exist yet)
     */
    public SettingsService(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** @return a service for the current user's default settings file */
    public static SettingsService forCurrentUser() {
        return new SettingsService(defaultFile(System.getProperty("user.home"), System.getProperty("os.name")));
    }

    /**
     * The default settings file for a home folder and operating system name.
     *
     * @param userHome the user's home folder ({@code null} not permitted)
     * @param osName   the {@code os.name} value ({@code null} treated as Linux)
     * @return the file path (not created)
     */
    public static Path defaultFile(String userHome, String osName) {
        Path home = Paths.get(Objects.requireNonNull(userHome, "userHome"));
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.startsWith("windows")) {
            dir = home.resolve("AppData").resolve("Roaming").resolve("ValueLens");
        } else if (os.startsWith("mac")) {
            dir = home.resolve("Library").resolve("Application Support").resolve("ValueLens");
        } else {
            dir = home.resolve(".config").resolve("valuelens");
        }
        return dir.resolve("settings.properties");
    }

    /** @return the file this service reads and writes */
    public Path file() {
        return file;
    }

    /**
     * Reads the settings; never fails on bad content.
     *
     * @return the stored settings, with defaults for anything missing or invalid
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.firstRun();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read settings file " + file, e);
        } catch (IllegalArgumentException e) {
            return Settings.firstRun(); // malformed \\u escape: treat as a damaged file
        }
        Settings s = Settings.DEFAULTS;
        s = apply(s, p.getProperty(CURRENCY), s::withCurrencySymbol);
        s = apply(s, p.getProperty(TIME_UNIT), s::withDefaultTimeUnit, TimeUnit::parse);
        s = apply(s, p.getProperty(DISCOUNT), s::withAnnualDiscountRate, Double::valueOf);
        s = apply(s, p.getProperty(MARGIN), s::withMargin, Double::valueOf);
        s = apply(s, p.getProperty(THEME), s::withTheme, v -> Theme.valueOf(v.trim().toUpperCase(Locale.ROOT)));
        String lang = p.getProperty(LANGUAGE);
        if (lang != null) {
            s = s.withLanguage(Language.fromTag(lang));
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String v = p.getProperty(RECENT + i);
            if (v != null && !v.isBlank()) {
                try {
                    recent.add(Paths.get(v));
                } catch (InvalidPathException ignored) {
                    // skip an entry this system cannot represent
                }
            }
        }
        return s.withRecentWorkspaces(recent);
    }

    /**
     * Writes the settings, replacing the file atomically where the file system allows; creates folders.
     *
     * @param settings the settings ({@code null} not permitted)
     * @throws UncheckedIOException when the file cannot be written
     */
    public void save(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        Properties p = new Properties();
        p.setProperty(CURRENCY, settings.currencySymbol());
        p.setProperty(TIME_UNIT, settings.defaultTimeUnit().cliName());
        p.setProperty(DISCOUNT, Double.toString(settings.annualDiscountRate()));
        p.setProperty(MARGIN, Double.toString(settings.margin()));
        p.setProperty(THEME, settings.theme().name().toLowerCase(Locale.ROOT));
        p.setProperty(LANGUAGE, settings.language().tag());
        List<Path> recent = settings.recentWorkspaces();
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty(RECENT + i, recent.get(i).toString());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "settings", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "ValueLens settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write settings file " + file, e);
        }
    }

    private static Settings apply(Settings s, String raw, Function<String, Settings> with) {
        return apply(s, raw, with, Function.identity());
    }

    private static <V> Settings apply(Settings s, String raw, Function<V, Settings> with,
                                      Function<String, V> parse) {
        if (raw == null) {
            return s;
        }
        try {
            return with.apply(parse.apply(raw.trim()));
        } catch (RuntimeException e) {
            return s; // invalid value: keep the default
        }
    }
}
