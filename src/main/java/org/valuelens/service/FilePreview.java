package org.valuelens.service;

import java.util.List;
import java.util.Map;

/**
 * How a file would be imported, for the import wizard: the detected (or requested) settings and the first rows as
 * parsed. Service-level mirror of the importer's preview, so the GUI needs no importer types.
 *
 * @param encoding        charset name for text files, {@code null} for Excel
 * @param delimiter       ",", ";", "\t", "|" or "whitespace" for text files, {@code null} for Excel
 * @param sheetsAvailable every sheet of an Excel workbook, empty for text files
 * @param sheet           the sheet read, {@code null} for text files
 * @param header          whether the first row is taken as a header
 * @param columns         column names ("Column 1".."Column N" for a headerless file)
 * @param rows            the first data rows as text cells
 * @param mapping         role key ("customer", "date", "amount", "quantity", "price", "cost", "channel",
 *                        "invoice", or a lower-case importer role name) → 0-based column index detected
 * @param shape           "TRANSACTIONS" or "CUSTOMERS"
 * @param datePattern     the date pattern that would be used, {@code null} when unknown
 * @param warnings        plain sentences about choices made and problems found
 */
public record FilePreview(String encoding, String delimiter, List<String> sheetsAvailable, String sheet,
                          boolean header, List<String> columns, List<List<String>> rows, Map<String, Integer> mapping,
                          String shape, String datePattern, List<String> warnings) {
    /** Copies collections. */
    public FilePreview {
        sheetsAvailable = List.copyOf(sheetsAvailable);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        mapping = Map.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }
}
