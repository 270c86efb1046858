package org.valuelens.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to import and how. Every field but {@code file} may be {@code null}, meaning "detect".
 *
 * @param file            the CSV/TXT/XLSX/XLS file ({@code null} not permitted)
 * @param sheet           Excel sheet name, or {@code "all"} for every sheet sharing the first sheet's header;
 *                        {@code null} = first sheet
 * @param header          whether the first row is a header; {@code null} = detect
 * @param encoding        text encoding; {@code null} = detect
 * @param delimiter       field delimiter: ",", ";", "\t", "|" or "whitespace" (runs of spaces/tabs);
 *                        {@code null} = detect
 * @param datePattern     a {@link java.time.format.DateTimeFormatter} pattern; {@code null} = detect
 * @param shape           transaction log or customer table; {@code null} = detect from the columns
 * @param columns         role → column given by header name or 1-based index (as text); roles absent here are
 *                        detected from header names (never {@code null}; copied)
 * @param keepDuplicates  whether rows repeating an earlier row exactly are accepted (for sources such as CDNOW
 *                        where identical lines are separate purchases); default {@code false}: rejected
 */
public record ImportOptions(Path file, String sheet, Boolean header, Charset encoding, String delimiter,
                            String datePattern, DataShape shape, Map<ColumnRole, String> columns,
                            boolean keepDuplicates) {

    /** Copies the map and checks the file. */
    public ImportOptions {
        Objects.requireNonNull(file, "file");
        EnumMap<ColumnRole, String> copy = new EnumMap<>(ColumnRole.class);
        if (columns != null) {
            copy.putAll(columns);
        }
        columns = Map.copyOf(copy);
    }

    /** The original eight-component form: duplicates are rejected. */
    public ImportOptions(Path file, String sheet, Boolean header, Charset encoding, String delimiter,
                         String datePattern, DataShape shape, Map<ColumnRole, String> columns) {
        this(file, sheet, header, encoding, delimiter, datePattern, shape, columns, false);
    }

    /** @param value whether exact duplicate rows are accepted @return a copy */
    public ImportOptions withKeepDuplicates(boolean value) {
        return new ImportOptions(file, sheet, header, encoding, delimiter, datePattern, shape, columns, value);
    }

    /**
     * @param file the file to import
     * @return options that detect everything
     */
    public static ImportOptions detect(Path file) {
        return new ImportOptions(file, null, null, null, null, null, null, Map.of());
    }

    /** @param value sheet name or "all" @return a copy with that sheet */
    public ImportOptions withSheet(String value) {
        return new ImportOptions(file, value, header, encoding, delimiter, datePattern, shape,
                columns, keepDuplicates);
    }

    /** @param value header flag @return a copy */
    public ImportOptions withHeader(Boolean value) {
        return new ImportOptions(file, sheet, value, encoding, delimiter, datePattern, shape,
                columns, keepDuplicates);
    }

    /** @param value encoding @return a copy */
    public ImportOptions withEncoding(Charset value) {
        return new ImportOptions(file, sheet, header, value, delimiter, datePattern, shape,
                columns, keepDuplicates);
    }

    /** @param value delimiter @return a copy */
    public ImportOptions withDelimiter(String value) {
        return new ImportOptions(file, sheet, header, encoding, value, datePattern, shape,
                columns, keepDuplicates);
    }

    /** @param value date pattern @return a copy */
    public ImportOptions withDatePattern(String value) {
        return new ImportOptions(file, sheet, header, encoding, delimiter, value, shape,
                columns, keepDuplicates);
    }

    /** @param value shape @return a copy */
    public ImportOptions withShape(DataShape value) {
        return new ImportOptions(file, sheet, header, encoding, delimiter, datePattern, value,
                columns, keepDuplicates);
    }

    /**
     * @param role   the role
     * @param column header name or 1-based column index as text
     * @return a copy with that column override
     */
    public ImportOptions withColumn(ColumnRole role, String column) {
        EnumMap<ColumnRole, String> copy = new EnumMap<>(ColumnRole.class);
        copy.putAll(columns);
        copy.put(role, column);
        return new ImportOptions(file, sheet, header, encoding, delimiter, datePattern, shape, copy,
                keepDuplicates);
    }
}
