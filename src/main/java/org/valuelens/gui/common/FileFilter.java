package org.valuelens.gui.common;

import java.util.List;
import java.util.Objects;

/**
 * A file-chooser filter.
 *
 * @param description shown to the user, already localised
 * @param patterns    glob patterns such as {@code "*.csv"}; copied, at least one
 */
public record FileFilter(String description, List<String> patterns) {

    /** Checks and copies the values. */
    public FileFilter {
        Objects.requireNonNull(description, "description");
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a filter needs at least one pattern");
        }
    }
}
