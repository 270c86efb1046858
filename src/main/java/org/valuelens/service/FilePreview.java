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
 * @param dates           how the date column would be read, decided from all its values; {@code null} without one
 */
public record FilePreview(String encoding, String delimiter, List<String> sheetsAvailable, String sheet,
                          boolean header, List<String> columns, List<List<String>> rows, Map<String, Integer> mapping,
                          String shape, String datePattern, List<String> warnings, DateReading dates) {

    /**
     * How dates are read, for the preview line ("Dates read as year/month/day (Minguo calendar: year + 1911)").
     *
     * @param order           "ymd", "dmy", "mdy", "excel" or "pattern" (never {@code null})
     * @param minguo          whether years are Minguo (Republic of China) years: year + 1911
     * @param twoDigitCentury century assumed for two-digit years: 2000, 1900, 0 for both (00-69 as 20xx, 70-99 as
     *                        19xx); {@code null} when there are none
     * @param sentence        the same in one English sentence
     */
    public record DateReading(String order, boolean minguo, Integer twoDigitCentury, String sentence) {
    }

    /** The form without the date reading. */
    public FilePreview(String encoding, String delimiter, List<String> sheetsAvailable, String sheet, boolean header,
                       List<String> columns, List<List<String>> rows, Map<String, Integer> mapping, String shape,
                       String datePattern, List<String> warnings) {
        this(encoding, delimiter, sheetsAvailable, sheet, header, columns, rows, mapping, shape, datePattern,
                warnings, null);
    }

    /** Copies collections. */
    public FilePreview {
        sheetsAvailable = List.copyOf(sheetsAvailable);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        mapping = Map.copyOf(mapping);
        warnings = List.copyOf(warnings);
    }
}
