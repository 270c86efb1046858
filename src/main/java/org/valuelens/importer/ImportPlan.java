package org.valuelens.importer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuelens.model.progress.ProgressListener;

/**
 * Everything decided about a file before its rows are read: source, header, column roles, shape, decimal
 * separator per column and date order. Built from a sample of the first rows; when the sample leaves the date
 * order or a decimal separator undecided, the rest of the file is scanned too.
 */
final class ImportPlan {
    static final int SAMPLE_ROWS = 5_000;
    /** The warning of a transaction log without amount, quantity and unit price columns. */
    static final String COUNT_ONLY = "No amount column: purchase counts only (every line is stored with amount 0;"
            + " spend figures are not available for this dataset).";

    final String fileName;
    final TextSource text;
    final ExcelSource excel;
    final List<String> sheetsUsed = new ArrayList<>();
    boolean header;
    List<String> headerCells = new ArrayList<>();
    /** Cells of the header row up to its last non-blank one; 0 without a header. */
    int headerWidth;
    final List<Object[]> sampleRows = new ArrayList<>();
    Map<ColumnRole, Integer> mapping = new EnumMap<>(ColumnRole.class);
    DataShape shape;
    char[] decimals = new char[0];
    boolean dayFirst = true;
    /** Whether the date column's years are Minguo (ROC) years. */
    boolean minguo;
    /** "ymd", "dmy", "mdy", "excel" or "pattern": how the date column is read; {@code null} without one. */
    String dateOrder;
    /** Century of two-digit years (2000, 1900, 0 for both), {@code null} when there are none. */
    Integer twoDigitCentury;
    String userDatePattern;
    boolean keepDuplicates;
    String datePattern;
    final List<String> warnings = new ArrayList<>();

    /** Delimited text whose rows are split elsewhere (a cluster job): the header width check applies. */
    boolean detachedText;
    /** The delimiter of such text, for the raw text of rejected rows. */
    String detachedDelimiter;
    /** Whether exact duplicates are looked for (not in a detached plan: a cluster job sees only a partition). */
    boolean checkDuplicates = true;

    private ImportPlan(String fileName, TextSource text, ExcelSource excel) {
        this.fileName = fileName;
        this.text = text;
        this.excel = excel;
    }

    /**
     * A plan for rows that arrive already typed (Parquet columns: strings, doubles, date-times) with the given
     * column names; the sample decides the number and date formats of string columns.
     */
    static ImportPlan fromRows(String name, List<String> columns, List<Object[]> sample, ImportOptions options)
            throws ImportException {
        ImportPlan plan = new ImportPlan(name, null, null);
        plan.userDatePattern = options.datePattern();
        plan.keepDuplicates = options.keepDuplicates();
        plan.header = true;
        plan.headerCells = new ArrayList<>(columns);
        plan.headerWidth = columns.size();
        plan.sampleRows.addAll(sample);
        plan.mapping = ColumnMatcher.match(plan.headerCells, options.columns(), name);
        plan.shape = options.shape() != null ? options.shape() : plan.detectShape();
        plan.checkRoles(true);
        try {
            plan.analyse(true, ProgressListener.NONE);
        } catch (IOException e) {
            throw new ImportException(name + ": " + e.getMessage());
        }
        return plan;
    }

    /** A copy of the decisions of this plan without its source, for rows read elsewhere. */
    static ImportPlan detached(String name, String delimiter, boolean header, int headerWidth,
                               List<String> headerCells, Map<ColumnRole, Integer> mapping, DataShape shape,
                               char[] decimals, boolean dayFirst, boolean minguo, String userDatePattern,
                               String datePattern) {
        ImportPlan plan = new ImportPlan(name, null, null);
        plan.detachedText = delimiter != null;
        plan.detachedDelimiter = delimiter;
        plan.header = header;
        plan.headerWidth = headerWidth;
        plan.headerCells = new ArrayList<>(headerCells);
        plan.mapping = new EnumMap<>(ColumnRole.class);
        plan.mapping.putAll(mapping);
        plan.shape = shape;
        plan.decimals = decimals.clone();
        plan.dayFirst = dayFirst;
        plan.minguo = minguo;
        plan.userDatePattern = userDatePattern;
        plan.datePattern = datePattern;
        plan.keepDuplicates = true;
        plan.checkDuplicates = false;
        return plan;
    }

    /**
     * @param options  the options
     * @param strict   whether a missing required column is an error (read) or a warning (preview)
     * @param listener progress and cancel for a long scan
     */
    static ImportPlan build(ImportOptions options, boolean strict, ProgressListener listener)
            throws ImportException, IOException {
        String name = options.file().getFileName().toString();
        ImportPlan plan;
        if (ExcelSource.isExcel(options.file())) {
            ExcelSource excel = ExcelSource.open(options.file());
            plan = new ImportPlan(name, null, excel);
            String first = excel.resolve(options.sheet());
            if (first == null) {
                throw new ImportException(name + ": there is no sheet named \"" + options.sheet()
                        + "\"; sheets are: " + String.join(", ", excel.sheetNames) + ".");
            }
            plan.sheetsUsed.add(first);
        } else {
            plan = new ImportPlan(name, TextSource.open(options), null);
        }
        plan.userDatePattern = options.datePattern();
        plan.keepDuplicates = options.keepDuplicates();
        boolean complete = plan.readSample();
        if (plan.sampleRows.isEmpty()) {
            throw new ImportException(name + ": the file has no rows.");
        }
        plan.header = options.header() != null ? options.header() : plan.detectHeader();
        plan.makeHeaderCells();
        if (plan.excel != null && ExcelSource.ALL.equalsIgnoreCase(String.valueOf(options.sheet()))) {
            plan.chooseSheets();
        }
        plan.mapping = ColumnMatcher.match(plan.headerCells, options.columns(), name);
        plan.shape = options.shape() != null ? options.shape() : plan.detectShape();
        plan.checkRoles(strict);
        plan.analyse(complete, listener);
        return plan;
    }

    /** @return a cursor over all rows to read (header row included as the first row when there is one) */
    RowCursor cursor() throws IOException {
        return text != null ? text.cursor() : excel.cursor(sheetsUsed, header);
    }

    private boolean readSample() throws IOException {
        RowCursor cursor = text != null ? text.cursor() : excel.cursor(List.of(sheetsUsed.get(0)), false);
        try (cursor) {
            Object[] row;
            while ((row = cursor.next()) != null) {
                if (sampleRows.size() > SAMPLE_ROWS) {
                    return false;
                }
                sampleRows.add(row);
            }
        }
        return true;
    }

    private boolean detectHeader() {
        Object[] first = sampleRows.get(0);
        DateParser shapes = new DateParser(true, null);
        int valueLike = 0;
        for (Object cell : first) {
            if (Cells.valueLike(cell, shapes)) {
                valueLike++;
            }
        }
        if (valueLike > 0) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (Object cell : first) {
            names.add(Cells.text(cell));
        }
        try {
            if (!ColumnMatcher.match(names, Map.of(), fileName).isEmpty()) {
                return true;
            }
        } catch (ImportException e) {
            return true;
        }
        // a text first row above columns that hold numbers or dates further down is a header
        int later = Math.min(sampleRows.size(), 50);
        for (int c = 0; c < first.length; c++) {
            int values = 0;
            for (int r = 1; r < later; r++) {
                Object[] row = sampleRows.get(r);
                if (c < row.length && Cells.valueLike(row[c], shapes)) {
                    values++;
                }
            }
            if (later > 1 && values * 2 >= later - 1) {
                return true;
            }
        }
        return false;
    }

    private void makeHeaderCells() {
        int width = 0;
        for (Object[] row : sampleRows) {
            width = Math.max(width, row.length);
        }
        headerCells = new ArrayList<>();
        if (header) {
            Object[] first = sampleRows.remove(0);
            headerWidth = first.length;
            while (headerWidth > 0 && Cells.isBlank(first[headerWidth - 1])) {
                headerWidth--;
            }
            for (int i = 0; i < first.length; i++) {
                String h = Cells.text(first[i]).trim();
                headerCells.add(h.isEmpty() ? "Column " + (i + 1) : h);
            }
        }
        for (int i = headerCells.size(); i < width; i++) {
            headerCells.add("Column " + (i + 1));
        }
    }

    private void chooseSheets() throws IOException {
        List<Object[]> firsts = excel.firstRows();
        int firstIndex = excel.sheetNames.indexOf(sheetsUsed.get(0));
        List<String> reference = texts(firsts.get(firstIndex));
        for (int i = 0; i < excel.sheetNames.size(); i++) {
            String name = excel.sheetNames.get(i);
            if (i == firstIndex || firsts.get(i).length == 0) {
                continue;
            }
            if (!header || texts(firsts.get(i)).equals(reference)) {
                sheetsUsed.add(name);
            } else {
                warnings.add("Sheet \"" + name + "\" was skipped because its header differs from sheet \""
                        + sheetsUsed.get(0) + "\".");
            }
        }
    }

    private static List<String> texts(Object[] cells) {
        List<String> out = new ArrayList<>();
        for (Object cell : cells) {
            out.add(Cells.text(cell).trim().toLowerCase(Locale.ROOT));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private DataShape detectShape() {
        if (!mapping.containsKey(ColumnRole.DATE) && (mapping.containsKey(ColumnRole.AVERAGE_ORDER_VALUE)
                || mapping.containsKey(ColumnRole.PURCHASE_FREQUENCY) || mapping.containsKey(ColumnRole.LIFESPAN)
                || mapping.containsKey(ColumnRole.ACQUISITION_COST))) {
            return DataShape.CUSTOMERS;
        }
        return DataShape.TRANSACTIONS;
    }

    private void checkRoles(boolean strict) throws ImportException {
        List<ColumnRole> missing = new ArrayList<>();
        boolean countOnly = false;
        if (!mapping.containsKey(ColumnRole.CUSTOMER_ID)) {
            missing.add(ColumnRole.CUSTOMER_ID);
        }
        if (shape == DataShape.TRANSACTIONS) {
            if (!mapping.containsKey(ColumnRole.DATE)) {
                missing.add(ColumnRole.DATE);
            }
            if (!mapping.containsKey(ColumnRole.AMOUNT)) {
                if (mapping.containsKey(ColumnRole.QUANTITY) && !mapping.containsKey(ColumnRole.UNIT_PRICE)) {
                    missing.add(ColumnRole.UNIT_PRICE);
                } else if (!mapping.containsKey(ColumnRole.QUANTITY) && mapping.containsKey(ColumnRole.UNIT_PRICE)) {
                    missing.add(ColumnRole.AMOUNT);
                } else if (!mapping.containsKey(ColumnRole.QUANTITY)) {
                    // no spend column: a count-only log (docs/decisions/0018-count-only-datasets.md)
                    countOnly = true;
                } else {
                    mapping.remove(ColumnRole.AMOUNT);
                }
            }
        }
        if (missing.isEmpty()) {
            if (countOnly) {
                warnings.add(countOnlyWarning());
            }
            return;
        }
        String message;
        if (!header && mapping.isEmpty()) {
            message = fileName + ": the file has no header row, so its columns cannot be recognised by name; "
                    + "pass them by number, e.g. " + suggestion() + ".";
        } else {
            List<String> what = new ArrayList<>();
            List<String> options = new ArrayList<>();
            for (ColumnRole role : missing) {
                what.add(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                options.add(ColumnMatcher.option(role) + " COLUMN");
            }
            message = fileName + ": no " + String.join(" or ", what) + " column found; columns are: "
                    + String.join(", ", headerCells) + ". Pass " + String.join(" ", options) + ".";
        }
        if (strict) {
            throw new ImportException(message);
        }
        warnings.add(message);
    }

    /** The count-only warning, naming the unused columns that might hold the amount after all. */
    private String countOnlyWarning() {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < headerCells.size(); i++) {
            if (!mapping.containsValue(i)) {
                unused.add(headerCells.get(i));
            }
        }
        return unused.isEmpty() ? COUNT_ONLY : COUNT_ONLY + " If one of the columns " + String.join(", ", unused)
                + " holds the amount, pass " + ColumnMatcher.option(ColumnRole.AMOUNT) + " COLUMN.";
    }

    /** Guesses column numbers from the sample for the "no header" message. */
    private String suggestion() {
        int width = headerCells.size();
        DateParser shapes = new DateParser(true, null);
        int date = -1;
        int amount = -1;
        for (int c = 0; c < width; c++) {
            int dates = 0;
            int decimalsSeen = 0;
            int n = Math.min(sampleRows.size(), 100);
            for (int r = 0; r < n; r++) {
                Object[] row = sampleRows.get(r);
                if (c >= row.length) {
                    continue;
                }
                Object cell = row[c];
                String s = Cells.text(cell);
                int kind = cell instanceof LocalDateTime ? DateFields.KIND_NUMERIC : shapes.kind(s);
                if (kind == DateFields.KIND_NUMERIC || kind == DateFields.KIND_MARKED || kind == DateFields.KIND_NAMED
                        || kind == DateFields.KIND_COMPACT && (s.startsWith("19") || s.startsWith("20"))) {
                    dates++;
                } else if (s.indexOf('.') >= 0 || s.indexOf(',') >= 0) {
                    if (!Double.isNaN(NumberParser.parse(s, s.indexOf(',') > s.indexOf('.') ? ',' : '.', false))) {
                        decimalsSeen++;
                    }
                }
            }
            if (date < 0 && dates * 2 > n) {
                date = c;
            } else if (decimalsSeen * 2 > n) {
                amount = c;
            }
        }
        int customer = date == 0 ? 1 : 0;
        if (date > 0 && date - 1 != amount) {
            customer = date - 1;
        }
        if (date < 0 || amount < 0) {
            return "--customer 1 --date 2 --amount 3";
        }
        return "--customer " + (customer + 1) + " --date " + (date + 1) + " --amount " + (amount + 1);
    }

    /** Decides the decimal separator of each numeric column and the order of d/M vs M/d dates. */
    private void analyse(boolean complete, ProgressListener listener) throws IOException {
        int width = headerCells.size();
        decimals = new char[width];
        Arrays.fill(decimals, '.');
        int[] pointVotes = new int[width];
        int[] commaVotes = new int[width];
        int[] ambiguous = new int[width];
        boolean[] numeric = new boolean[width];
        for (ColumnRole role : new ColumnRole[] {ColumnRole.AMOUNT, ColumnRole.QUANTITY, ColumnRole.UNIT_PRICE,
                ColumnRole.COST, ColumnRole.ACQUISITION_COST, ColumnRole.AVERAGE_ORDER_VALUE,
                ColumnRole.PURCHASE_FREQUENCY, ColumnRole.LIFESPAN, ColumnRole.MARGIN}) {
            Integer c = mapping.get(role);
            if (c != null) {
                numeric[c] = true;
            }
        }
        Integer dateColumn = mapping.get(shape == DataShape.CUSTOMERS ? ColumnRole.ACQUISITION_DATE
                : ColumnRole.DATE);
        DateColumn stats = new DateColumn();
        for (Object[] row : sampleRows) {
            vote(row, numeric, pointVotes, commaVotes, ambiguous);
            if (dateColumn != null && dateColumn < row.length) {
                stats.add(row[dateColumn]);
            }
        }
        boolean undecidedNumbers = false;
        for (int c = 0; c < width; c++) {
            undecidedNumbers |= numeric[c] && pointVotes[c] == 0 && commaVotes[c] == 0 && ambiguous[c] > 0;
        }
        boolean undecidedDates = userDatePattern == null && stats.needsAllValues();
        if (!complete && (undecidedDates || undecidedNumbers)) {
            scanAll(numeric, pointVotes, commaVotes, ambiguous, dateColumn, stats, listener);
        }
        for (int c = 0; c < width; c++) {
            if (commaVotes[c] > pointVotes[c]
                    || commaVotes[c] == 0 && pointVotes[c] == 0 && text != null && text.delimiter.equals(";")) {
                decimals[c] = ',';
            }
        }
        decideDates(stats, dateColumn);
    }

    private static void vote(Object[] row, boolean[] numeric, int[] pointVotes, int[] commaVotes,
                             int[] ambiguous) {
        for (int c = 0; c < row.length && c < numeric.length; c++) {
            if (numeric[c] && row[c] instanceof String) {
                int v = NumberParser.vote((String) row[c]);
                if (v == NumberParser.VOTE_POINT) {
                    pointVotes[c]++;
                } else if (v == NumberParser.VOTE_COMMA) {
                    commaVotes[c]++;
                } else if (((String) row[c]).indexOf('.') >= 0 || ((String) row[c]).indexOf(',') >= 0) {
                    ambiguous[c]++;
                }
            }
        }
    }

    private void scanAll(boolean[] numeric, int[] pointVotes, int[] commaVotes, int[] ambiguous, Integer dateColumn,
                         DateColumn stats, ProgressListener listener) throws IOException {
        Arrays.fill(pointVotes, 0);
        Arrays.fill(commaVotes, 0);
        stats.reset();
        try (RowCursor cursor = cursor()) {
            Object[] row;
            boolean first = header;
            long n = 0;
            while ((row = cursor.next()) != null) {
                if (first) {
                    first = false;
                    continue;
                }
                vote(row, numeric, pointVotes, commaVotes, ambiguous);
                if (dateColumn != null && dateColumn < row.length) {
                    stats.add(row[dateColumn]);
                }
                if (++n % 10_000 == 0) {
                    listener.progress(cursor.progressDone(), cursor.progressTotal(), "Checking formats");
                    listener.checkCancelled();
                }
            }
        }
    }

    private void decideDates(DateColumn stats, Integer dateColumn) {
        if (dateColumn == null) {
            datePattern = null;
            return;
        }
        String column = headerCells.get(dateColumn);
        if (userDatePattern != null) {
            datePattern = userDatePattern;
            dateOrder = "pattern";
            return;
        }
        boolean localDefault = !"US".equals(Locale.getDefault().getCountry());
        dayFirst = stats.dayFirst(localDefault);
        minguo = stats.minguo();
        char s = stats.yearLastSeparator;
        if (stats.yearLast > 0 && stats.firstOver12 > 0 && stats.secondOver12 > 0) {
            warnings.add(fileName + ": column \"" + column + "\" mixes day-first and month-first dates; they "
                    + "were read as " + (dayFirst ? "day-first" : "month-first") + ", so dates that do not fit "
                    + "are rejected as bad dates.");
        } else if (stats.yearLast > 0 && stats.firstOver12 == 0 && stats.secondOver12 == 0 && !minguo) {
            String order = dayFirst ? "d" + s + "M" + s + "yyyy" : "M" + s + "d" + s + "yyyy";
            String other = dayFirst ? "M" + s + "d" + s + "yyyy" : "d" + s + "M" + s + "yyyy";
            warnings.add(fileName + ": every date in column \"" + column + "\" could be day-first or "
                    + "month-first, so they were read as " + order + "; pass --date-format " + other
                    + " if that is wrong.");
        }
        stats.warn(fileName, column, minguo, warnings);
        datePattern = stats.pattern(dayFirst, minguo);
        dateOrder = stats.order(dayFirst);
        twoDigitCentury = stats.twoDigitCentury(minguo);
    }
}
