package org.valuelens.importer;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * Reads the output folder of the Spark job ({@code org.valuelens.spark.SummaryJob}, docs/spark.md): its manifest
 * {@value #MANIFEST} and the CSV part files of one row per customer per day. Each row becomes a purchase line (the
 * day's purchase total, cost and first channel) and, when the day had returns, a return line; the summaries built
 * from them equal those of the source lines (same-day lines merge into one purchase day anyway). The counts of
 * the result are the source's, from the manifest; the first rejected rows of each reason reach the sink as
 * examples, the rest only as counts.
 */
public final class SparkOutput {
    /** The manifest's file name. */
    public static final String MANIFEST = "_valuelens-manifest.json";
    private static final List<String> COLUMNS = List.of("customer_id", "date", "amount", "lines", "cost", "channel",
            "return_amount", "return_lines", "return_cost");

    private SparkOutput() {
    }

    /**
     * @param path a path given to import
     * @return whether it is a folder holding a Spark job manifest
     */
    public static boolean isSparkOutput(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve(MANIFEST));
    }

    /**
     * Reads the folder, passing every output row to the sink as one or two transactions.
     *
     * @param folder   the job's output folder
     * @param sink     receives the lines and the example rejections
     * @param listener progress and cancel
     * @return the counts of the source, as the job found them
     * @throws ImportException when the folder is not an aggregated CSV output of the job
     * @throws IOException     when a file cannot be read
     */
    static ImportResult read(Path folder, RowSink sink, ProgressListener listener)
            throws ImportException, IOException {
        SparkManifest manifest = SparkManifest.read(folder);
        String name = manifest.name();
        if (SparkManifest.SUMMARY.equals(manifest.mode())) {
            throw new ImportException(name + " holds one summary row per customer (--mode summary); it is imported"
                    + " as a summary-only dataset by the import itself, not read as transactions.");
        }
        JsonNode m = manifest.json();
        List<Path> parts = manifest.parts();
        long rows = 0;
        long lines = 0;
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Path part : parts) {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(part, StandardCharsets.UTF_8)) {
                Iterator<CsvRecord> it = csv.iterator();
                manifest.skipHeader(part, it, COLUMNS);
                while (it.hasNext()) {
                    List<String> f = it.next().getFields();
                    rows++;
                    LocalDateTime day = date(name, f.get(1));
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                    if (Long.parseLong(f.get(3)) > 0) {
                        sink.transaction(new Transaction(f.get(0), day, Double.parseDouble(f.get(2)), null, null,
                                number(f.get(4)), f.get(5).isEmpty() ? null : f.get(5), null, ++lines, false));
                    }
                    if (Long.parseLong(f.get(7)) > 0) {
                        sink.transaction(new Transaction(f.get(0), day, Double.parseDouble(f.get(6)), null, null,
                                number(f.get(8)), null, null, ++lines, true));
                    }
                    if (rows % 10_000 == 0) {
                        listener.progress(rows, m.path("rowsWritten").asLong(-1), "Reading rows: " + rows);
                        listener.checkCancelled();
                    }
                }
            } catch (NumberFormatException | IndexOutOfBoundsException | CsvParseException e) {
                throw new ImportException(name + ": a row of the Spark output is damaged (" + e.getMessage() + ").");
            }
        }
        manifest.checkComplete(rows);
        Map<String, Long> byReason = manifest.rejectedByReason();
        manifest.examples().forEach(sink::rejected);
        boolean amounts = m.path("hasAmounts").asBoolean(true);
        Map<ColumnRole, Integer> mapping = new EnumMap<>(ColumnRole.class);
        mapping.put(ColumnRole.CUSTOMER_ID, 0);
        mapping.put(ColumnRole.DATE, 1);
        if (amounts) {
            mapping.put(ColumnRole.AMOUNT, 2);
        }
        List<String> warnings = manifest.warnings();
        warnings.add("Aggregated by the Spark job: " + m.path("rowsAccepted").asLong() + " accepted source rows of "
                + m.path("input").asText() + " arrived as " + rows + " customer-day rows.");
        long read = m.path("rowsRead").asLong();
        long accepted = m.path("rowsAccepted").asLong();
        return new ImportResult(read, accepted, read - accepted, byReason, m.path("returns").asLong(), first, last,
                DataShape.TRANSACTIONS, "UTF-8", ",", List.of(), COLUMNS, mapping, "yyyy-MM-dd", warnings, true);
    }

    private static LocalDateTime date(String name, String text) throws ImportException {
        try {
            return LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new ImportException(name + ": \"" + text + "\" in the Spark output is not a date (YYYY-MM-DD).");
        }
    }

    private static Double number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}
