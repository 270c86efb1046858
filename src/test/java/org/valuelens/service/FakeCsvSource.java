package org.valuelens.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.DataShape;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.ImportOptions;
import org.valuelens.importer.ImportResult;
import org.valuelens.importer.RejectReason;
import org.valuelens.importer.RejectedRow;
import org.valuelens.importer.RowSink;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * Test-only stand-in for the real importer: reads "customer,date,amount" lines (ISO dates, header first) and can be
 * told to fail after a number of rows. Not a CSV parser: no quoting, no detection.
 */
public final class FakeCsvSource implements RowSource {
    private final long failAfterRows;

    /** A source that never fails. */
    public FakeCsvSource() {
        this(Long.MAX_VALUE);
    }

    /** @param failAfterRows throw an ImportException after passing this many rows to the sink */
    public FakeCsvSource(long failAfterRows) {
        this.failAfterRows = failAfterRows;
    }

    @Override
    public ImportResult read(ImportOptions options, RowSink sink, ProgressListener listener)
            throws ImportException {
        long read = 0;
        long accepted = 0;
        long returns = 0;
        Map<String, Long> reasons = new TreeMap<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        String name = options.file().getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(options.file(), StandardCharsets.UTF_8)) {
            in.readLine();
            long row = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                row++;
                if (read == failAfterRows) {
                    throw new ImportException(name + ": row " + row + ", column date: simulated failure.");
                }
                read++;
                String[] f = line.split(",", -1);
                try {
                    LocalDateTime ts = LocalDate.parse(f[1]).atStartOfDay();
                    double amount = Double.parseDouble(f[2]);
                    sink.transaction(new Transaction(f[0], ts, amount, null, null, null, null, null, row,
                            amount < 0));
                    accepted++;
                    returns += amount < 0 ? 1 : 0;
                    first = first == null || ts.isBefore(first) ? ts : first;
                    last = last == null || ts.isAfter(last) ? ts : last;
                } catch (DateTimeParseException | NumberFormatException e) {
                    RejectReason reason = e instanceof DateTimeParseException ? RejectReason.BAD_DATE
                            : RejectReason.BAD_NUMBER;
                    sink.rejected(new RejectedRow(row, null, reason, reason == RejectReason.BAD_DATE ? "date"
                            : "amount", line, "Row " + row + " of " + name + " is not valid."));
                    reasons.merge(reason.code(), 1L, Long::sum);
                }
                if (read % 5000 == 0) {
                    listener.progress(read, -1, "reading");
                    listener.checkCancelled();
                }
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ".", e);
        }
        return new ImportResult(read, accepted, read - accepted, reasons, returns, first, last,
                DataShape.TRANSACTIONS, "UTF-8", ",", List.of(), List.of("customer", "date", "amount"),
                Map.of(ColumnRole.CUSTOMER_ID, 0, ColumnRole.DATE, 1, ColumnRole.AMOUNT, 2), "yyyy-MM-dd",
                List.of());
    }
}
