package org.valuelens.service;

import java.util.List;
import java.util.Map;

/**
 * The first rows of a database source, for the import wizard (nothing stored).
 *
 * @param source    how the source is named, e.g. "table orders" or "the query"
 * @param columns   column names as the database reports them
 * @param kinds     per column: "text", "number", "date" or "other"
 * @param rows      the first rows as text ({@code null} = SQL NULL)
 * @param suggested role key ("customer", "date", ...) → column name suggested from the column names
 */
public record DatabasePreview(String source, List<String> columns, List<String> kinds, List<List<String>> rows,
                              Map<String, String> suggested) {

    /** Copies the lists (rows may hold nulls). */
    public DatabasePreview {
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        suggested = Map.copyOf(suggested);
    }
}
