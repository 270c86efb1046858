package org.valuelens.importer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Streams the rows of one or more .xlsx sheets with a StAX parser: one {@code Object[]} per non-blank row and no
 * other object per cell than its value. Cell values as {@link ExcelSource#value} gives them: shared and inline
 * strings ({@code null} when blank), numbers as {@link Double}, numbers in a date style (built-in or custom
 * format) as {@link LocalDateTime}, ISO date cells ({@code t="d"}) as {@link LocalDateTime}, booleans as
 * "true"/"false", errors and empty cells as {@code null}; formulas by their cached result. Rows and cells without
 * an {@code r} attribute follow the previous one. Progress is in uncompressed bytes of the sheets' XML.
 */
final class XlsxSheetCursor implements RowCursor {
    private final XlsxWorkbook workbook;
    private final List<String> sheets;
    private final boolean skipLaterHeader;
    private final String[] strings;
    private final long totalBytes;
    private long doneBytes;
    private int sheetIndex = -1;
    private CountingInputStream stream;
    private XMLStreamReader xml;
    private boolean skipNext;
    private boolean newSheet;
    private boolean returnedInSheet;
    private long rowNumber;
    private Object[] cells = new Object[16];

    /**
     * @param workbook        the open workbook (closed with this cursor)
     * @param sheets          names of the sheets to read, in order
     * @param skipLaterHeader whether the first non-blank row of every sheet after the first is skipped
     */
    XlsxSheetCursor(XlsxWorkbook workbook, List<String> sheets, boolean skipLaterHeader) throws IOException {
        this.workbook = workbook;
        this.sheets = sheets;
        this.skipLaterHeader = skipLaterHeader;
        workbook.loadTables();
        this.strings = workbook.sharedStrings();
        long total = 0;
        for (String sheet : sheets) {
            long size = workbook.sheetSize(index(sheet));
            total = size < 0 || total < 0 ? -1 : total + size;
        }
        this.totalBytes = total;
    }

    private int index(String sheet) {
        int i = workbook.sheetNames.indexOf(sheet);
        if (i < 0) {
            throw new IllegalArgumentException("no sheet named " + sheet);
        }
        return i;
    }

    @Override
    public Object[] next() throws IOException {
        try {
            while (true) {
                if (xml == null) {
                    if (++sheetIndex >= sheets.size()) {
                        return null;
                    }
                    openSheet();
                    continue;
                }
                Object[] row = readRow();
                if (row == null) {
                    closeSheet();
                    continue;
                }
                if (skipNext) {
                    skipNext = false;
                    continue;
                }
                newSheet = sheetIndex > 0 && !returnedInSheet;
                returnedInSheet = true;
                return row;
            }
        } catch (XMLStreamException e) {
            throw new IOException("sheet \"" + sheets.get(sheetIndex) + "\" is not well-formed near row "
                    + (rowNumber + 1) + " (" + e.getMessage() + ")", e);
        }
    }

    private void openSheet() throws IOException, XMLStreamException {
        stream = new CountingInputStream(workbook.sheetData(index(sheets.get(sheetIndex))));
        xml = workbook.xml.createXMLStreamReader(stream);
        skipNext = sheetIndex > 0 && skipLaterHeader;
        returnedInSheet = false;
        rowNumber = 0;
    }

    private void closeSheet() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            xml = null;
            doneBytes += stream.count();
            stream.close();
            stream = null;
        }
    }

    /** @return the next non-blank row of the open sheet, {@code null} at its end */
    private Object[] readRow() throws XMLStreamException {
        XMLStreamReader x = xml;
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && "row".equals(x.getLocalName())) {
                String r = x.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r.trim());
                Object[] row = readCells(x);
                if (row != null) {
                    return row;
                }
            }
        }
        return null;
    }

    /** Reads up to the row's end tag. @return the cells, {@code null} when all are blank */
    private Object[] readCells(XMLStreamReader x) throws XMLStreamException {
        int width = 0;
        int column = -1;
        boolean any = false;
        Arrays.fill(cells, null);
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(x.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !"c".equals(x.getLocalName())) {
                continue;
            }
            String ref = null;
            String type = null;
            int style = 0;
            for (int a = 0, n = x.getAttributeCount(); a < n; a++) {
                String name = x.getAttributeLocalName(a);
                if ("r".equals(name)) {
                    ref = x.getAttributeValue(a);
                } else if ("t".equals(name)) {
                    type = x.getAttributeValue(a);
                } else if ("s".equals(name)) {
                    style = Integer.parseInt(x.getAttributeValue(a).trim());
                }
            }
            column = ref == null ? column + 1 : columnIndex(ref);
            Object value = cellValue(x, type, style);
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            width = Math.max(width, column + 1);
            any |= value != null;
        }
        return any ? Arrays.copyOf(cells, width) : null;
    }

    /** Reads up to the cell's end tag. */
    private Object cellValue(XMLStreamReader x, String type, int style) throws XMLStreamException {
        String v = null;
        StringBuilder inline = null;
        while (true) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(x.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = x.getLocalName();
            if ("v".equals(name)) {
                v = x.getElementText();
            } else if ("is".equals(name)) {
                inline = new StringBuilder();
                readInline(x, inline);
            } else {
                skip(x);
            }
        }
        return convert(type, style, v, inline);
    }

    private Object convert(String type, int style, String v, StringBuilder inline) {
        if (type == null || "n".equals(type)) {
            if (v == null || v.isBlank()) {
                return null;
            }
            double number = Double.parseDouble(v);
            if (workbook.isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, workbook.date1904());
            }
            return number;
        }
        switch (type) {
            case "s": {
                if (v == null || v.isBlank()) {
                    return null;
                }
                int i = Integer.parseInt(v.trim());
                return i >= 0 && i < strings.length ? blankToNull(strings[i]) : null;
            }
            case "inlineStr":
                return inline != null ? blankToNull(inline.toString()) : blankToNull(v);
            case "str":
                return blankToNull(v);
            case "b":
                return v == null || v.isBlank() ? null : Boolean.toString("1".equals(v.trim())
                        || "true".equalsIgnoreCase(v.trim()));
            case "d":
                return isoDate(v);
            default: // "e": an error such as #N/A, read as an empty cell
                return null;
        }
    }

    private static Object isoDate(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.trim();
        try {
            if (s.length() == 10) {
                return java.time.LocalDate.parse(s).atStartOfDay();
            }
            if (s.endsWith("Z")) {
                s = s.substring(0, s.length() - 1);
            }
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Appends the text of the {@code <t>} elements under {@code <is>}, phonetic runs left out. */
    private static void readInline(XMLStreamReader x, StringBuilder out) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                if ("t".equals(name)) {
                    out.append(x.getElementText());
                } else if ("rPh".equals(name)) {
                    skip(x);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips the current element with everything in it. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** @param ref a cell reference such as "AB12" (or "$AB$12") @return the 0-based column */
    static int columnIndex(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    @Override
    public boolean startsNewSheet() {
        return newSheet;
    }

    @Override
    public long rowNumber() {
        return rowNumber;
    }

    @Override
    public String sheet() {
        return sheets.get(Math.max(0, Math.min(sheetIndex, sheets.size() - 1)));
    }

    @Override
    public long progressDone() {
        long done = doneBytes + (stream == null ? 0 : stream.count());
        return totalBytes >= 0 ? Math.min(done, totalBytes) : done;
    }

    @Override
    public long progressTotal() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                closeSheet();
            }
        } finally {
            workbook.close();
        }
    }
}
