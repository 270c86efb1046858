package org.valuelens.importer;

import java.util.List;
import java.util.Map;

/**
 * Column roles suggested from column names, by the same synonyms (English, Chinese, Russian) as a file import's
 * header; for sources that are not files (a database table's column names).
 */
public final class HeaderRoles {

    private HeaderRoles() {
    }

    /**
     * @param names column names in order ({@code null} not permitted)
     * @return role → 0-based column index, for the roles some name suggests
     */
    public static Map<ColumnRole, Integer> suggest(List<String> names) {
        try {
            return ColumnMatcher.match(names, Map.of(), "");
        } catch (ImportException e) {
            throw new IllegalStateException("no overrides were given, so none can be unknown", e);
        }
    }
}
