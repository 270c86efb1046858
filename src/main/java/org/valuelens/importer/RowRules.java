package org.valuelens.importer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * The decisions an import makes before reading rows (delimiter, header, column roles, decimal separator per
 * column, date order), detached from the file, so that a cluster job can apply exactly the local import's row
 * rules on every worker: {@link #split(String)} cuts a text line into cells as the local reader does, and a
 * {@link Checker} classifies one row into an accepted {@link Transaction} or a {@link RejectReason} with the same
 * code as {@link FileImporter}. Exact-duplicate rows are kept (the command line's default); a job that drops them
 * (as {@code --drop-duplicates} does) must do so across all rows itself, keeping the first accepted row of each
 * {@link #duplicateKey}.
 *
 * <p>Immutable and serializable; build it on the driver from a sample of the input.
 */
public final class RowRules implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    /** The delimiter ({@code "whitespace"} for runs of spaces); {@code null} for typed (Parquet) rows. */
    private final String delimiter;
    private final boolean header;
    private final int headerWidth;
    private final ArrayList<String> headerCells;
    private final EnumMap<ColumnRole, Integer> mapping;
    private final DataShape shape;
    private final char[] decimals;
    private final boolean dayFirst;
    private final boolean minguo;
    private final String userDatePattern;
    private final String datePattern;
    private final String charset;
    private final ArrayList<String> warnings;

    private RowRules(ImportPlan plan, String delimiter, String charset) {
        this.name = plan.fileName;
        this.delimiter = delimiter;
        this.header = plan.header;
        this.headerWidth = plan.headerWidth;
        this.headerCells = new ArrayList<>(plan.headerCells);
        this.mapping = new EnumMap<>(ColumnRole.class);
        this.mapping.putAll(plan.mapping);
        this.shape = plan.shape;
        this.decimals = plan.decimals.clone();
        this.dayFirst = plan.dayFirst;
        this.minguo = plan.minguo;
        this.userDatePattern = plan.userDatePattern;
        this.datePattern = plan.datePattern;
        this.charset = charset;
        this.warnings = new ArrayList<>(plan.warnings);
    }

    /**
     * Decides the rules from a local text file holding the first lines of the input, as a local import would.
     *
     * @param sample options naming the sample file and any user choices ({@code null} not permitted)
     * @return the rules
     * @throws ImportException when the sample cannot be imported (e.g. a required column is missing)
     */
    public static RowRules fromTextSample(ImportOptions sample) throws ImportException {
        Objects.requireNonNull(sample, "sample");
        try {
            ImportPlan plan = ImportPlan.build(sample, true, ProgressListener.NONE);
            if (plan.text == null) {
                throw new ImportException(plan.fileName + ": a spreadsheet cannot be read by the Spark job; "
                        + "save it as CSV.");
            }
            return new RowRules(plan, plan.text.delimiter, plan.text.charset.name());
        } catch (IOException e) {
            throw new ImportException(sample.file().getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Decides the rules for typed rows (Parquet): cells are strings, doubles or {@link java.time.LocalDateTime}s.
     *
     * @param name    the input's name for messages ({@code null} not permitted)
     * @param columns the column names in order ({@code null} not permitted)
     * @param sample  the first rows, each with one cell per column
     * @param options the user's column choices and date pattern (the file of the options is ignored)
     * @return the rules
     * @throws ImportException when a required column is missing
     */
    public static RowRules fromTypedSample(String name, List<String> columns, List<Object[]> sample,
                                           ImportOptions options) throws ImportException {
        ImportPlan plan = ImportPlan.fromRows(name, columns, sample, options);
        return new RowRules(plan, null, null);
    }

    /** @return the encoding the sample was detected in, {@code null} for typed rows */
    public String charset() {
        return charset;
    }

    /** @return whether the first line is a header */
    public boolean header() {
        return header;
    }

    /** @return the column names (header cells, or "Column N") */
    public List<String> headerCells() {
        return List.copyOf(headerCells);
    }

    /** @return the column index of each mapped role */
    public Map<ColumnRole, Integer> mapping() {
        return Map.copyOf(mapping);
    }

    /** @return the detected or given date pattern, {@code null} without a date column */
    public String datePattern() {
        return datePattern;
    }

    /** @return the warnings the sample gave (e.g. day-first vs month-first, count-only) */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @return whether the rows carry an amount, or quantity and unit price (not a count-only log) */
    public boolean hasAmounts() {
        return mapping.containsKey(ColumnRole.AMOUNT) || mapping.containsKey(ColumnRole.UNIT_PRICE);
    }

    /**
     * Cuts one text line into cells as the local reader does (quotes of CSV, runs of spaces for whitespace
     * files). A quoted cell spanning lines is not joined: give such files as Parquet.
     *
     * @param line one line of the input ({@code null} not permitted)
     * @return the cells, or {@code null} for a blank line (which the local import skips too)
     */
    public String[] split(String line) {
        String[] cells;
        if (TextSource.WHITESPACE.equals(delimiter)) {
            cells = TextSource.splitWhitespace(line);
        } else {
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter.charAt(0)).quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
                    .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(true)
                    .detectBomHeader(false).ofCsvRecord(line);
            Iterator<CsvRecord> it = csv.iterator();
            cells = it.hasNext() ? it.next().getFields().toArray(new String[0]) : new String[0];
        }
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return cells;
            }
        }
        return null;
    }

    /**
     * @param cells the cells of a line
     * @return whether the line repeats the header (the first line of each input file when there is a header)
     */
    public boolean isHeader(String[] cells) {
        if (!header || cells.length < headerWidth) {
            return false;
        }
        for (int i = 0; i < headerWidth; i++) {
            String cell = cells[i].trim();
            if (!cell.equals(headerCells.get(i)) && !(cell.isEmpty() && headerCells.get(i).equals("Column " + (i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param cells the cells of an accepted row
     * @return the key under which the local import recognises a row repeating an earlier accepted row exactly
     *         (the same 64-bit hash of the cells, trailing blank cells ignored)
     */
    public static long duplicateKey(Object[] cells) {
        return Cells.hash(cells);
    }

    /**
     * @param cells the cells of a row
     * @return the row's text as a rejected row of the local import shows it (cells joined by the delimiter)
     */
    public String rawText(Object[] cells) {
        return delimiter != null ? TextSource.join(delimiter, cells) : RowProcessor.joinTab(cells);
    }

    /** @return a new checker (not thread-safe: one per partition) */
    public Checker checker() {
        return new Checker(ImportPlan.detached(name, delimiter, header, headerWidth, headerCells, mapping,
                shape, decimals, dayFirst, minguo, userDatePattern, datePattern));
    }

    /** Applies the local import's row rules to one row at a time; not thread-safe. */
    public static final class Checker implements RowSink {
        private final RowProcessor processor;
        private Transaction transaction;
        private RejectedRow rejected;

        private Checker(ImportPlan plan) {
            this.processor = new RowProcessor(plan, this);
        }

        /**
         * @param cells the row's cells (strings, or doubles and date-times for typed rows)
         * @param row   the row's number for messages
         * @return the accepted line, or {@code null} when the row was rejected (see {@link #rejectedRow()})
         */
        public Transaction check(Object[] cells, long row) {
            transaction = null;
            rejected = null;
            processor.accept(cells, row, null);
            return transaction;
        }

        /** @return the rejection of the last row checked, {@code null} when it was accepted */
        public RejectedRow rejectedRow() {
            return rejected;
        }

        @Override
        public void transaction(Transaction t) {
            transaction = t;
        }

        @Override
        public void customer(CustomerRecord customer) {
            throw new IllegalStateException("A customer table cannot be read by the Spark job; give a transaction"
                    + " log (customer, date, amount).");
        }

        @Override
        public void rejected(RejectedRow r) {
            rejected = r;
        }
    }
}
