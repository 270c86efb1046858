package org.valuelens.importer;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.CustomerTotals;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryTotals;

/**
 * Reads the summary-mode output of the Spark job (one row per customer, docs/spark.md) as the totals of a
 * summary-only dataset (docs/decisions/0028-summary-only-datasets.md), exactly what the database import's summary
 * mode stores: the customers stream to a consumer, the fixed settings and dataset-level figures come from the
 * manifest.
 */
public final class SparkSummaryOutput {
    /** The columns of a summary-mode part file, in order. */
    static final List<String> COLUMNS = List.of("customer_id", "first_purchase", "last_purchase", "channel",
            "frequency", "recency_days", "age_days", "monetary_value", "repeat_spend", "revenue", "cost",
            "transactions", "holdout_frequency", "holdout_revenue");
    private static final int PROGRESS_EVERY = 10_000;

    private SparkSummaryOutput() {
    }

    /**
     * What the folder held besides its customers.
     *
     * @param totals    the fixed settings and dataset-level counts (its customer list is empty: they were streamed)
     * @param customers customers streamed (the rows of the part files)
     * @param firstDay  first accepted day of the source, {@code null} when none
     * @param lastDay   last accepted day of the source, {@code null} when none
     */
    public record Read(SummaryTotals totals, long customers, LocalDate firstDay, LocalDate lastDay) {
    }

    /**
     * Streams the customers of a summary-mode output folder.
     *
     * @param manifest  the folder's manifest, of mode {@value SparkManifest#SUMMARY} ({@code null} not permitted)
     * @param customers receives one {@link CustomerTotals} per row, in the job's order
     * @param listener  progress and cancel
     * @return the summary's settings and counts
     * @throws ImportException when a row or the manifest is damaged (one sentence naming the folder)
     * @throws IOException     when a file cannot be read
     */
    public static Read read(SparkManifest manifest, Consumer<CustomerTotals> customers, ProgressListener listener)
            throws ImportException, IOException {
        String name = manifest.name();
        JsonNode m = manifest.json();
        LocalDate cal = day(name, m.path("calibrationEnd").asText());
        LocalDate obs = day(name, m.path("observationEnd").asText());
        ReturnsPolicy returns = "exclude".equals(m.path("returnsPolicy").asText()) ? ReturnsPolicy.EXCLUDE
                : ReturnsPolicy.NET;
        long rows = 0;
        for (Path part : manifest.parts()) {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(part, StandardCharsets.UTF_8)) {
                Iterator<CsvRecord> it = csv.iterator();
                manifest.skipHeader(part, it, COLUMNS);
                while (it.hasNext()) {
                    customers.accept(customer(name, it.next().getFields()));
                    if (++rows % PROGRESS_EVERY == 0) {
                        listener.progress(rows, manifest.rowsWritten(), "Reading customers: " + rows);
                        listener.checkCancelled();
                    }
                }
            } catch (CsvParseException e) {
                throw new ImportException(name + ": a customer row of the Spark output is damaged in "
                        + part.getFileName() + " (" + e.getMessage() + ").");
            }
        }
        manifest.checkComplete(rows);
        Map<LocalDate, Long> repeats = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("repeatsByDay").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            repeats.put(day(name, e.getKey()), e.getValue().asLong());
        }
        SummaryTotals totals;
        try {
            totals = new SummaryTotals(cal, obs, returns, List.of(), m.path("customersAfterCalibration").asInt(),
                    m.path("customersWithoutPurchase").asInt(), manifest.rowsAccepted(), m.path("returns").asLong(),
                    repeats);
        } catch (IllegalArgumentException e) {
            throw new ImportException(name + ": " + e.getMessage());
        }
        String first = m.path("firstDate").asText(null);
        String last = m.path("lastDate").asText(null);
        return new Read(totals, rows, first == null ? null : day(name, first), last == null ? null : day(name, last));
    }

    private static CustomerTotals customer(String name, List<String> f) throws ImportException {
        try {
            int x = Integer.parseInt(f.get(4));
            return new CustomerTotals(f.get(0), LocalDate.parse(f.get(1)), LocalDate.parse(f.get(2)), x,
                    Double.parseDouble(f.get(9)), Double.parseDouble(f.get(8)), number(f.get(10)),
                    Long.parseLong(f.get(11)), Integer.parseInt(f.get(12)), Double.parseDouble(f.get(13)),
                    f.get(3).isEmpty() ? null : f.get(3));
        } catch (RuntimeException e) {
            throw new ImportException(name + ": a customer row of the Spark output is damaged (" + e.getMessage()
                    + "): " + String.join(",", f));
        }
    }

    private static Double number(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static LocalDate day(String name, String text) throws ImportException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ImportException(name + ": \"" + text + "\" in " + SparkOutput.MANIFEST + " is not a date"
                    + " (YYYY-MM-DD).");
        }
    }
}
