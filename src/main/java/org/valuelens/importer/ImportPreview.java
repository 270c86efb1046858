package org.valuelens.importer;

import java.util.List;
import java.util.Map;

/**
 * What the importer would do with a file, for the import wizard: the detected settings and the first rows.
 *
 * @param encoding        charset name for text files, {@code null} for Excel
 * @param delimiter       ",", ";", "\t", "|" or "whitespace" for text files, {@code null} for Excel
 * @param sheetsAvailable every sheet of an Excel workbook, empty for text files
 * @param sheetsUsed      the sheets that would be read (several with "all"), empty for text files
 * @param header          whether the first row is taken as a header
 * @param headerCells     column names ("Column 1".. when there is no header)
 * @param rows            the first data rows as text cells, as parsed (Excel dates as ISO text)
 * @param mapping         role → 0-based column index detected (or given)
 * @param shape           the detected (or given) shape
 * @param datePattern     the date pattern that would be used, or a description ("excel-date"), {@code null}
 *                        when there is no date column
 * @param warnings        plain sentences about choices made and problems found (e.g. a missing customer column)
 * @param dateReading     how the date column would be read, decided from all its values; {@code null} when there
 *                        is no date column
 */
public record ImportPreview(String encoding, String delimiter, List<String> sheetsAvailable,
                            List<String> sheetsUsed, boolean header, List<String> headerCells,
                            List<List<String>> rows, Map<ColumnRole, Integer> mapping, DataShape shape,
                            String datePattern, List<String> warnings, DateReading dateReading) {
    /** Copies collections. */
    public ImportPreview {
        sheetsAvailable = List.copyOf(sheetsAvailable);
        sheetsUsed = List.copyOf(sheetsUsed);
        headerCells = List.copyOf(headerCells);
        rows = rows.stream().map(List::copyOf).toList();
        mapping = Map.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }

    /** The form without the date reading. */
    public ImportPreview(String encoding, String delimiter, List<String> sheetsAvailable, List<String> sheetsUsed,
                         boolean header, List<String> headerCells, List<List<String>> rows,
                         Map<ColumnRole, Integer> mapping, DataShape shape, String datePattern,
                         List<String> warnings) {
        this(encoding, delimiter, sheetsAvailable, sheetsUsed, header, headerCells, rows, mapping, shape,
                datePattern, warnings, null);
    }

    /** @return the sheet read when exactly one is used, else {@code null} */
    public String sheetUsed() {
        return sheetsUsed.size() == 1 ? sheetsUsed.get(0) : null;
    }
}
