package org.valuelens.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An Excel workbook: .xlsx/.xlsm is streamed by {@link XlsxSheetCursor} (StAX over POI's OPC package: memory does
 * not grow with the rows, only with the shared strings), .xls is read by POI HSSF (the format is small by nature:
 * 65,536 rows per sheet).
 */
final class ExcelSource {
    static final String ALL = "all";

    final Path file;
    final List<String> sheetNames;

    private ExcelSource(Path file, List<String> sheetNames) {
        this.file = file;
        this.sheetNames = sheetNames;
    }

    static boolean isExcel(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    static ExcelSource open(Path file) throws IOException {
        if (!isXls(file)) {
            try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
                return new ExcelSource(file, List.copyOf(wb.sheetNames));
            }
        }
        try (Workbook wb = openXls(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            return new ExcelSource(file, names);
        }
    }

    private static boolean isXls(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    private static Workbook openXls(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /**
     * @param requested a sheet name (case-insensitive), "all", or {@code null} for the first sheet
     * @return the name of the sheet, or {@code null} when there is no such sheet
     */
    String resolve(String requested) {
        if (requested == null || requested.equalsIgnoreCase(ALL)) {
            return sheetNames.isEmpty() ? null : sheetNames.get(0);
        }
        for (String name : sheetNames) {
            if (name.equalsIgnoreCase(requested.trim())) {
                return name;
            }
        }
        return null;
    }

    /** @return the first non-blank row of each sheet (an empty array for an empty sheet) */
    List<Object[]> firstRows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        if (!isXls(file)) {
            for (String name : sheetNames) {
                try (RowCursor cursor = cursor(List.of(name), false)) {
                    Object[] first = cursor.next();
                    rows.add(first == null ? new Object[0] : first);
                }
            }
            return rows;
        }
        try (Workbook wb = openXls(file)) {
            Map<Integer, Boolean> dateFormats = new HashMap<>();
            for (String name : sheetNames) {
                Object[] first = new Object[0];
                for (Row row : wb.getSheet(name)) {
                    Object[] cells = cells(row, dateFormats);
                    if (cells != null) {
                        first = cells;
                        break;
                    }
                }
                rows.add(first);
            }
        }
        return rows;
    }

    /**
     * @param sheets          the sheets to read in order
     * @param skipLaterHeader whether the first non-blank row of every sheet after the first is a header to skip
     */
    RowCursor cursor(List<String> sheets, boolean skipLaterHeader) throws IOException {
        if (!isXls(file)) {
            XlsxWorkbook wb = XlsxWorkbook.open(file);
            try {
                return new XlsxSheetCursor(wb, sheets, skipLaterHeader);
            } catch (IOException | RuntimeException e) {
                wb.close();
                throw e;
            }
        }
        return new ExcelCursor(openXls(file), sheets, skipLaterHeader);
    }

    /**
     * @param dateFormats cache: data-format index → whether it is a date format (POI's own check runs
     *                    several regular expressions per cell)
     * @return the row's cells, or {@code null} when every cell is blank
     */
    static Object[] cells(Row row, Map<Integer, Boolean> dateFormats) {
        int last = row.getLastCellNum();
        if (last <= 0) {
            return null;
        }
        Object[] cells = new Object[last];
        boolean any = false;
        for (Cell cell : row) {
            int i = cell.getColumnIndex();
            if (i < 0 || i >= last) {
                continue;
            }
            Object value = value(cell, dateFormats);
            cells[i] = value;
            any |= value != null;
        }
        return any ? cells : null;
    }

    static Object value(Cell cell, Map<Integer, Boolean> dateFormats) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                double number = cell.getNumericCellValue();
                if (isDateFormatted(cell, dateFormats) && DateUtil.isValidExcelDate(number)) {
                    return cell.getLocalDateTimeCellValue();
                }
                return number;
            case STRING: {
                String s = cell.getStringCellValue();
                return s == null || s.isBlank() ? null : s;
            }
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return null;
        }
    }

    private static boolean isDateFormatted(Cell cell, Map<Integer, Boolean> dateFormats) {
        CellStyle style = cell.getCellStyle();
        if (style == null) {
            return false;
        }
        int index = style.getDataFormat();
        Boolean date = dateFormats.get(index);
        if (date == null) {
            String format = style.getDataFormatString();
            date = format != null && DateUtil.isADateFormat(index, format);
            dateFormats.put(index, date);
        }
        return date;
    }

    private static final class ExcelCursor implements RowCursor {
        private final Map<Integer, Boolean> dateFormats = new HashMap<>();
        private final Workbook workbook;
        private final List<String> sheets;
        private final boolean skipLaterHeader;
        private int sheetIndex = -1;
        private Iterator<Row> rows;
        private boolean skipNext;
        private boolean newSheet;
        private boolean returnedInSheet;
        private long rowNumber;
        private long count;
        private final long total;

        ExcelCursor(Workbook workbook, List<String> sheets, boolean skipLaterHeader) {
            this.workbook = workbook;
            this.sheets = sheets;
            this.skipLaterHeader = skipLaterHeader;
            long rows = 0;
            for (String name : sheets) {
                Sheet sheet = workbook.getSheet(name);
                rows += sheet == null ? 0 : sheet.getPhysicalNumberOfRows();
            }
            this.total = rows;
        }

        @Override
        public Object[] next() {
            while (true) {
                if (rows == null || !rows.hasNext()) {
                    if (++sheetIndex >= sheets.size()) {
                        return null;
                    }
                    Sheet sheet = workbook.getSheet(sheets.get(sheetIndex));
                    rows = sheet.rowIterator();
                    skipNext = sheetIndex > 0 && skipLaterHeader;
                    returnedInSheet = false;
                    continue;
                }
                Row row = rows.next();
                Object[] cells = cells(row, dateFormats);
                if (cells == null) {
                    continue;
                }
                if (skipNext) {
                    skipNext = false;
                    continue;
                }
                newSheet = sheetIndex > 0 && !returnedInSheet;
                returnedInSheet = true;
                rowNumber = row.getRowNum() + 1L;
                count++;
                return cells;
            }
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
            return sheets.get(sheetIndex);
        }

        @Override
        public long progressDone() {
            return Math.min(count, total);
        }

        @Override
        public long progressTotal() {
            return total;
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
