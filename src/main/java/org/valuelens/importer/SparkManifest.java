package org.valuelens.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The manifest {@value SparkOutput#MANIFEST} of a Spark job output folder (docs/spark.md), checked: written by the
 * job, CSV output, and the part files it describes.
 *
 * @param folder the output folder
 * @param json   the manifest
 * @param parts  the CSV part files, in name order (the job's row order)
 */
public record SparkManifest(Path folder, JsonNode json, List<Path> parts) {
    /** The manifest's {@code mode} of one row per customer. */
    public static final String SUMMARY = "summary";

    /**
     * @param folder a Spark job output folder ({@link SparkOutput#isSparkOutput})
     * @return its manifest
     * @throws ImportException when the manifest is not the job's, or the rows are Parquet
     * @throws IOException     when the folder cannot be read
     */
    public static SparkManifest read(Path folder) throws ImportException, IOException {
        String name = String.valueOf(folder.getFileName());
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(folder.resolve(SparkOutput.MANIFEST).toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(name + ": " + SparkOutput.MANIFEST + " is not valid JSON; copy the job's"
                    + " output folder again.");
        }
        if (!"valuelens-spark-output".equals(m.path("format").asText())) {
            throw new ImportException(name + ": " + SparkOutput.MANIFEST + " is not a manifest of the ValueLens"
                    + " Spark job.");
        }
        if (!"csv".equals(m.path("outputFormat").asText())) {
            throw new ImportException(name + " holds Parquet files, which the desktop app does not read; run the"
                    + " job with --out-format csv.");
        }
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith("part-") && f.endsWith(".csv");
            }).sorted().toList();
        }
        return new SparkManifest(folder, m, parts);
    }

    /** @return the folder's name, for messages */
    public String name() {
        return String.valueOf(folder.getFileName());
    }

    /** @return {@code aggregated} or {@code summary} */
    public String mode() {
        return json.path("mode").asText();
    }

    /** @return the rows the job wrote (customer-days, or customers in summary mode) */
    public long rowsWritten() {
        return json.path("rowsWritten").asLong(-1);
    }

    /** @return source rows read by the job */
    public long rowsRead() {
        return json.path("rowsRead").asLong();
    }

    /** @return source rows accepted by the job */
    public long rowsAccepted() {
        return json.path("rowsAccepted").asLong();
    }

    /** @return the job's input path, as given to it */
    public String input() {
        return json.path("input").asText();
    }

    /** @return rejected source rows by reason code, in the manifest's order */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        json.path("rejected").fields().forEachRemaining(e -> byReason.put(e.getKey(), e.getValue().asLong()));
        return byReason;
    }

    /** @return the job's warnings about how it read the input */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        json.path("warnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }

    /** @return the first rejected rows of each reason, as the job kept them (raw text only) */
    public List<RejectedRow> examples() {
        List<RejectedRow> out = new ArrayList<>();
        for (RejectReason reason : RejectReason.values()) {
            for (JsonNode raw : json.path("rejectedExamples").path(reason.code())) {
                out.add(new RejectedRow(0, null, reason, null, raw.asText(), "A row of " + input()
                        + " was rejected by the Spark job (" + reason.code() + ")."));
            }
        }
        return out;
    }

    /** @return role name ({@code CUSTOMER_ID}, {@code DATE} …) to the source column the job read */
    public Map<String, String> columns() {
        Map<String, String> out = new java.util.TreeMap<>();
        json.path("columns").fields().forEachRemaining(e -> out.put(e.getKey().toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_'), e.getValue().asText()));
        return out;
    }

    /**
     * Skips the header line of a part file, checking it.
     *
     * @param part    the part file
     * @param it      its records, before the header
     * @param columns the columns the job writes in this mode
     * @throws ImportException when the header is not {@code columns}
     */
    void skipHeader(Path part, Iterator<CsvRecord> it, List<String> columns) throws ImportException {
        if (it.hasNext() && !it.next().getFields().equals(columns)) {
            throw new ImportException(name() + ": " + part.getFileName() + " does not have the columns "
                    + String.join(", ", columns) + ".");
        }
    }

    /**
     * @param read the data rows found in the part files
     * @throws ImportException when they are not the rows the job wrote (an incomplete copy of the folder)
     */
    void checkComplete(long read) throws ImportException {
        if (rowsWritten() >= 0 && read != rowsWritten()) {
            throw new ImportException(name() + " holds " + read + " rows but the Spark job wrote " + rowsWritten()
                    + "; copy the whole output folder again.");
        }
    }
}
