package org.valuelens.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

/**
 * Reads CSV/TXT and Excel files into rows. Stateless and thread-safe; knows no database.
 *
 * <p>Text files: the encoding (byte-order mark, strict UTF-8, then GB18030/Big5/windows-1252 scored on the data),
 * the delimiter (comma, semicolon, tab, pipe or runs of whitespace), the header row, the column roles, the
 * decimal separator of each numeric column and the order of d/M vs M/d dates are detected unless the options
 * give them. Excel files: .xlsx is streamed (bounded memory), .xls read with POI HSSF; the sheet is the first,
 * a named one, or "all" sheets sharing the first sheet's header.
 *
 * <p>Every data row reaches exactly one sink method; rejected rows carry a reason, so
 * {@code rowsRead == rowsAccepted + rowsRejected} always.
 */
public final class FileImporter {
    private static final int PROGRESS_EVERY = 10_000;

    /**
     * Reads the whole file, passing every data row to exactly one method of {@code sink}, in source order.
     *
     * @param options  what and how to read ({@code null} not permitted)
     * @param sink     receives the rows ({@code null} not permitted)
     * @param listener progress (bytes of text files and of .xlsx sheet XML, rows of .xls; every 10,000 rows) and
     *                 cancel; cancel throws {@link CancelledException}
     * @return what was read
     * @throws ImportException when the file cannot be imported at all
     */
    public ImportResult read(ImportOptions options, RowSink sink, ProgressListener listener) throws ImportException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(listener, "listener");
        String name = options.file().getFileName().toString();
        try {
            if (SparkOutput.isSparkOutput(options.file())) {
                return SparkOutput.read(options.file(), sink, listener);
            }
            ImportPlan plan = plan(options, true, listener);
            RowProcessor processor = new RowProcessor(plan, sink);
            try (RowCursor cursor = plan.cursor()) {
                Object[] row;
                boolean skipHeader = plan.header;
                while ((row = cursor.next()) != null) {
                    if (skipHeader) {
                        skipHeader = false;
                        continue;
                    }
                    processor.accept(row, cursor.rowNumber(), cursor.sheet());
                    if (processor.read() % PROGRESS_EVERY == 0) {
                        listener.progress(cursor.progressDone(), cursor.progressTotal(),
                                "Reading rows: " + processor.read());
                        listener.checkCancelled();
                    }
                }
                long total = cursor.progressTotal();
                listener.progress(total >= 0 ? total : cursor.progressDone(), total >= 0 ? total
                        : cursor.progressDone(), "Read " + processor.read() + " rows");
            }
            return processor.result();
        } catch (IOException | RuntimeException e) {
            throw failure(name, e);
        }
    }

    /**
     * Detects how a file would be read and returns its first rows, for the import wizard. A missing required
     * column is reported as a warning here, not as an exception.
     *
     * @param options what and how to read ({@code null} not permitted)
     * @param maxRows how many data rows to return ({@code >= 0}; at most 5,000)
     * @return the detected settings and the first rows
     * @throws ImportException when the file cannot be read at all
     */
    public ImportPreview preview(ImportOptions options, int maxRows) throws ImportException {
        Objects.requireNonNull(options, "options");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0: " + maxRows);
        }
        String name = options.file().getFileName().toString();
        try {
            ImportPlan plan = plan(options, false, ProgressListener.NONE);
            List<List<String>> rows = new ArrayList<>();
            for (Object[] row : plan.sampleRows) {
                if (rows.size() >= maxRows) {
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(Cells.text(cell));
                }
                rows.add(cells);
            }
            return new ImportPreview(plan.text != null ? plan.text.charset.name() : null,
                    plan.text != null ? plan.text.delimiter : null,
                    plan.excel != null ? plan.excel.sheetNames : List.of(),
                    plan.excel != null ? plan.sheetsUsed : List.of(), plan.header, plan.headerCells, rows,
                    plan.mapping, plan.shape, plan.datePattern, plan.warnings, plan.dateOrder == null ? null
                    : new DateReading(plan.dateOrder, plan.minguo, plan.twoDigitCentury));
        } catch (IOException | RuntimeException e) {
            throw failure(name, e);
        }
    }

    private static ImportPlan plan(ImportOptions options, boolean strict, ProgressListener listener)
            throws ImportException, IOException {
        if (!Files.isRegularFile(options.file())) {
            throw new ImportException(options.file().getFileName() + ": the file does not exist or is not a file.");
        }
        return ImportPlan.build(options, strict, listener);
    }

    private static ImportException failure(String name, Exception e) {
        if (e instanceof CancelledException) {
            throw (CancelledException) e;
        }
        if (e instanceof NoSuchFileException) {
            return new ImportException(name + ": the file does not exist.", e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportException(name + ": the file could not be read (" + detail.strip() + ").", e);
    }
}
