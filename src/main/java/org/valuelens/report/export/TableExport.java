package org.valuelens.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as CSV (UTF-8 with BOM, so Excel opens Chinese text correctly) and as .xlsx with real number
 * formats, a styled and frozen header row and an autofilter. Text cells that start with {@code = + - @} (or tab /
 * carriage return) are neutralised with a leading apostrophe so that no customer name can run as a formula.
 */
public final class TableExport {

    /** How a column's numbers are shown in Excel. */
    public enum Format {
        /** Text or whole numbers as they are. */
        GENERAL,
        /** Whole number with thousands separators. */
        INTEGER,
        /** Two decimals with thousands separators. */
        DECIMAL,
        /** Four decimals (model parameters, rates). */
        PRECISE,
        /** Money with the table's currency symbol and two decimals. */
        CURRENCY,
        /** A fraction shown as a percentage with one decimal. */
        PERCENT,
        /** ISO date. */
        DATE
    }

    /**
     * A column.
     *
     * @param header header text
     * @param format number format in .xlsx
     */
    public record Column(String header, Format format) {
        /** Checks the fields. */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * A cell value with its own number format, overriding its column's (for label/value tables such as KPIs,
     * where one column mixes money, counts and percentages).
     *
     * @param value  the value (String, Number, Boolean, LocalDate, LocalDateTime or {@code null})
     * @param format its format ({@code null} not permitted)
     */
    public record Styled(Object value, Format format) {
        /** Checks the format. */
        public Styled {
            Objects.requireNonNull(format, "format");
        }
    }

    /** Rows whose text sets the column widths. */
    private static final int WIDTH_SAMPLE_ROWS = 1000;

    private TableExport() {
    }

    /**
     * Neutralises text that a spreadsheet would run as a formula.
     *
     * @param text cell text ({@code null} permitted)
     * @return the text, with an apostrophe in front when it starts with = + - @ tab or CR
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /**
     * Writes a CSV file (comma-separated, RFC 4180 quoting, UTF-8 with BOM).
     *
     * @param file    target file
     * @param columns columns
     * @param rows    rows of cell values (String, Number, Boolean, LocalDate, LocalDateTime or {@code null})
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(Path file, List<Column> columns, Iterable<? extends List<?>> rows) throws IOException {
        createParent(file);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            for (int i = 0; i < columns.size(); i++) {
                w.write((i > 0 ? "," : "") + csv(neutralise(columns.get(i).header())));
            }
            w.write("\r\n");
            for (List<?> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    Object v = row.get(i);
                    if (v instanceof Styled st) {
                        v = st.value();
                    }
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof Double d && !Double.isFinite(d)) {
                        continue;
                    }
                    w.write(v instanceof Number || v instanceof Boolean ? v.toString() : csv(neutralise(v.toString())));
                }
                w.write("\r\n");
            }
        }
    }

    private static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * Writes an .xlsx workbook with one sheet (streaming, so large tables need little memory).
     *
     * @param file      target file
     * @param sheetName sheet name
     * @param currency  currency symbol for {@link Format#CURRENCY} columns
     * @param columns   columns
     * @param rows      rows of cell values
     * @throws IOException when the file cannot be written
     */
    public static void writeXlsx(Path file, String sheetName, String currency, List<Column> columns,
                                 Iterable<? extends List<?>> rows) throws IOException {
        createParent(file);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            addSheet(wb, sheetName, currency, columns, rows);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /**
     * Adds one formatted sheet to a workbook (for multi-sheet reports).
     *
     * @param wb        the workbook
     * @param sheetName sheet name (made safe for Excel)
     * @param currency  currency symbol
     * @param columns   columns
     * @param rows      rows of cell values
     */
    public static void addSheet(SXSSFWorkbook wb, String sheetName, String currency, List<Column> columns,
                                Iterable<? extends List<?>> rows) {
        String safe = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName);
        SXSSFSheet sheet = wb.createSheet(safe);
        DataFormat df = wb.createDataFormat();
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.ROYAL_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        java.util.Map<Format, CellStyle> byFormat = new java.util.EnumMap<>(Format.class);
        String money = "\"" + (currency == null ? "" : currency.replace("\"", "")) + "\"#,##0.00;-\""
                + (currency == null ? "" : currency.replace("\"", "")) + "\"#,##0.00";
        for (Format format : Format.values()) {
            CellStyle st = wb.createCellStyle();
            switch (format) {
                case INTEGER -> st.setDataFormat(df.getFormat("#,##0"));
                case DECIMAL -> st.setDataFormat(df.getFormat("#,##0.00"));
                case PRECISE -> st.setDataFormat(df.getFormat("#,##0.0000"));
                case CURRENCY -> st.setDataFormat(df.getFormat(money));
                case PERCENT -> st.setDataFormat(df.getFormat("0.0%"));
                case DATE -> st.setDataFormat(df.getFormat("yyyy-mm-dd"));
                default -> { }
            }
            byFormat.put(format, st);
        }
        CellStyle[] styles = new CellStyle[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            styles[i] = byFormat.get(columns.get(i).format());
        }
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(neutralise(columns.get(i).header()));
            c.setCellStyle(header);
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = textWidth(columns.get(i).header()) + 2;
        }
        int r = 1;
        for (List<?> row : rows) {
            Row out = sheet.createRow(r++);
            for (int i = 0; i < row.size() && i < columns.size(); i++) {
                Object v = row.get(i);
                CellStyle style = styles[i];
                Format format = columns.get(i).format();
                if (v instanceof Styled st) {
                    v = st.value();
                    format = st.format();
                    style = byFormat.get(format);
                }
                if (v == null || v instanceof Double d && !Double.isFinite(d)) {
                    continue;
                }
                if (r <= WIDTH_SAMPLE_ROWS) {
                    widths[i] = Math.max(widths[i], shownWidth(v, format, currency));
                }
                Cell c = out.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    c.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                } else if (v instanceof LocalDateTime d) {
                    c.setCellValue(d);
                } else {
                    c.setCellValue(neutralise(v.toString()));
                }
                c.setCellStyle(style);
            }
        }
        sheet.createFreezePane(0, 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        }
        for (int i = 0; i < columns.size(); i++) {
            // estimated from the text shown (the header and the first rows), not measured with fonts: fast, and
            // the same on every machine
            sheet.setColumnWidth(i, Math.min(Math.max(widths[i] + 2, 10), 60) * 256);
        }
    }

    /** @return the width of a text in character widths, counting CJK and other wide characters twice */
    static int textWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    private static int shownWidth(Object v, Format f, String currency) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            String shown = switch (f) {
                case INTEGER -> String.format(java.util.Locale.ROOT, "%,.0f", d);
                case DECIMAL -> String.format(java.util.Locale.ROOT, "%,.2f", d);
                case PRECISE -> String.format(java.util.Locale.ROOT, "%,.4f", d);
                case CURRENCY -> (currency == null ? "" : currency)
                        + String.format(java.util.Locale.ROOT, "%,.2f", d);
                case PERCENT -> String.format(java.util.Locale.ROOT, "%.1f%%", d * 100);
                default -> n.toString();
            };
            return shown.length();
        }
        if (v instanceof LocalDate || v instanceof LocalDateTime) {
            return v instanceof LocalDate ? 10 : 19;
        }
        return textWidth(v.toString());
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

}
