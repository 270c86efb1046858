package org.valuelens.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where the window's split panes left their dividers, by pane name ("CLV.0"), kept in {@code dividers.properties}
 * beside the settings file: a pane opens where the user left it, after a page switch and after a restart. Values
 * are fractions of the pane's width or height in (0, 1); anything else in the file is ignored.
 */
public final class DividerStore {
    private final Path file;

    /** @param file the file to read and write ({@code null} not permitted; need not exist yet) */
    public DividerStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * @param settings the settings service
     * @return the store beside its settings file
     */
    public static DividerStore besideSettings(SettingsService settings) {
        return new DividerStore(settings.file().toAbsolutePath().resolveSibling("dividers.properties"));
    }

    /** @return the file this store reads and writes */
    public Path file() {
        return file;
    }

    /**
     * Reads the positions; never fails on bad content (a damaged entry is left out).
     *
     * @return divider positions by pane name, sorted by name
     */
    public Map<String, double[]> load() {
        Map<String, double[]> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return out; // unreadable or damaged: the panes open at their usual places
        }
        for (String name : p.stringPropertyNames()) {
            try {
                double[] v = Arrays.stream(p.getProperty(name).split(",")).map(String::trim)
                        .mapToDouble(Double::parseDouble).toArray();
                if (v.length > 0 && Arrays.stream(v).allMatch(d -> d > 0 && d < 1)) {
                    out.put(name, v);
                }
            } catch (NumberFormatException ignored) {
                // a damaged entry: that pane opens at its usual place
            }
        }
        return out;
    }

    /**
     * Writes the positions, replacing the file; creates folders.
     *
     * @param positions divider positions by pane name ({@code null} not permitted)
     * @throws UncheckedIOException when the file cannot be written
     */
    public void save(Map<String, double[]> positions) {
        Properties p = new Properties();
        positions.forEach((name, v) -> p.setProperty(name, String.join(",",
                Arrays.stream(v).mapToObj(d -> String.format(java.util.Locale.ROOT, "%.4f", d)).toList())));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "dividers", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "ValueLens split pane dividers");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
