package org.valuelens.importer.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked database source: the FROM item to select from (a quoted table name or a parenthesised query, aliased
 * {@code src}) and its columns as the database's metadata reports them.
 *
 * @param description how to name the source to the user, e.g. {@code table public.orders} ({@code null} not
 *                    permitted)
 * @param from        the FROM item ({@code null} not permitted)
 * @param columns     the columns in order ({@code null} not permitted; copied)
 */
public record SourceTable(String description, String from, List<SourceColumn> columns) {

    /** Checks and copies. */
    public SourceTable {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(from, "from");
        columns = List.copyOf(columns);
    }

    /**
     * Finds a column by name (exactly, else ignoring case when that is unique) or by 1-based position.
     *
     * @param nameOrIndex the user's column name or position ({@code null} not permitted)
     * @return the column, or empty
     */
    public Optional<SourceColumn> find(String nameOrIndex) {
        String want = nameOrIndex.strip();
        for (SourceColumn c : columns) {
            if (c.name().equals(want)) {
                return Optional.of(c);
            }
        }
        List<SourceColumn> folded = columns.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))).toList();
        if (folded.size() == 1) {
            return Optional.of(folded.get(0));
        }
        if (!want.isEmpty() && want.chars().allMatch(Character::isDigit) && want.length() < 6) {
            int i = Integer.parseInt(want);
            if (i >= 1 && i <= columns.size()) {
                return Optional.of(columns.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** @return the column names, comma-separated, for messages */
    public String columnList() {
        return String.join(", ", columns.stream().map(SourceColumn::name).toList());
    }
}
