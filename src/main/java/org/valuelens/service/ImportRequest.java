package org.valuelens.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to import, in the caller's terms (the CLI and GUI know no importer types). Every field but {@code file} may
 * be {@code null}, meaning "detect".
 *
 * @param file        CSV/TXT/XLSX/XLS file ({@code null} not permitted)
 * @param sheet       Excel sheet name or "all"
 * @param header      whether the first row is a header
 * @param encoding    charset name, e.g. "UTF-8" or "windows-1252"
 * @param delimiter   ",", ";", "\t" (or "tab"), "|" or "whitespace"
 * @param datePattern a {@code java.time} date pattern such as "dd/MM/yyyy HH:mm"
 * @param shape       "transactions" or "customers" (case-insensitive)
 * @param dropDuplicates reject rows that repeat an earlier row exactly (default: keep them, counted in a warning)
 * @param columns     column overrides: key = "customer", "date", "amount", "quantity", "price", "cost", "channel",
 *                    "invoice" or an importer role name such as "ACQUISITION_COST"; value = header name or
 *                    1-based index (never {@code null}; copied)
 */
public record ImportRequest(Path file, String sheet, Boolean header, String encoding, String delimiter,
                            String datePattern, String shape, Map<String, String> columns, boolean dropDuplicates) {

    /**
     * The form without the duplicate policy: rows repeating an earlier row exactly are kept (and counted in a
     * warning), since same-day repeat purchases are real in many transaction logs (CDNOW has 21).
     *
     * @param file        the file
     * @param sheet       sheet or "all"
     * @param header      header flag or {@code null}
     * @param encoding    charset name or {@code null}
     * @param delimiter   delimiter or {@code null}
     * @param datePattern date pattern or {@code null}
     * @param shape       shape or {@code null}
     * @param columns     column overrides
     */
    public ImportRequest(Path file, String sheet, Boolean header, String encoding, String delimiter,
                         String datePattern, String shape, Map<String, String> columns) {
        this(file, sheet, header, encoding, delimiter, datePattern, shape, columns, false);
    }

    /** @param drop whether exact duplicate rows are rejected @return a copy */
    public ImportRequest withDropDuplicates(boolean drop) {
        return new ImportRequest(file, sheet, header, encoding, delimiter, datePattern, shape, columns, drop);
    }

    /** Checks the file and copies the columns. */
    public ImportRequest {
        Objects.requireNonNull(file, "file");
        columns = columns == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(columns));
    }

    /**
     * @param file the file
     * @return a request that detects everything
     */
    public static ImportRequest of(Path file) {
        return new ImportRequest(file, null, null, null, null, null, null, Map.of(), false);
    }
}
