package org.valuelens.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.DataShape;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.ImportOptions;
import org.valuelens.importer.RowRules;

/**
 * The input of the job: the rules decided on the driver from the first rows (as a local import decides them
 * from a file's first rows) and the checked lines of every row ({@link LineSchema}).
 *
 * @param rules the rules
 * @param lines one checked line per source row
 */
record JobInput(RowRules rules, Dataset<Row> lines) {
    private static final int SAMPLE_ROWS = 5_001;

    static JobInput open(SparkSession spark, JobOptions options) throws ImportException {
        String name = displayName(options.input());
        if (options.format().equals("parquet")) {
            Dataset<Row> rows = spark.read().parquet(options.input());
            List<Object[]> sample = new ArrayList<>();
            for (Row r : rows.takeAsList(SAMPLE_ROWS)) {
                sample.add(TypedRows.cells(r));
            }
            RowRules rules = RowRules.fromTypedSample(name, List.of(rows.columns()), sample,
                    importOptions(Path.of(name), options));
            return of(rules, rows.mapPartitions(new TypedRows(rules, options.dropDuplicates()),
                    Encoders.row(LineSchema.SCHEMA)), options);
        }
        Dataset<String> text = spark.read().textFile(options.input());
        List<String> first = text.takeAsList(SAMPLE_ROWS);
        for (String line : first) {
            if (line.indexOf('\uFFFD') >= 0) {
                throw new ImportException(name + " is not UTF-8 text; convert it first (e.g. iconv -f WINDOWS-1252"
                        + " -t UTF-8) or give it as Parquet.");
            }
        }
        RowRules rules = rulesFromSample(name, first, options);
        return of(rules, text.mapPartitions(new TextLines(rules, options.dropDuplicates()),
                Encoders.row(LineSchema.SCHEMA)), options);
    }

    private static JobInput of(RowRules rules, Dataset<Row> lines, JobOptions options) {
        return new JobInput(rules, options.dropDuplicates() ? Duplicates.reject(lines) : lines);
    }

    /** Writes the sample to a local file named like the input, so that messages name the user's file. */
    private static RowRules rulesFromSample(String name, List<String> lines, JobOptions options)
            throws ImportException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("valuelens-sample");
            Path file = dir.resolve(name);
            Files.write(file, lines, StandardCharsets.UTF_8);
            return RowRules.fromTextSample(importOptions(file, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static ImportOptions importOptions(Path file, JobOptions options) {
        Map<ColumnRole, String> columns = options.columns();
        return new ImportOptions(file, null, options.header(), StandardCharsets.UTF_8, options.delimiter(),
                options.datePattern(), DataShape.TRANSACTIONS, columns, true);
    }

    private static String displayName(String input) {
        String s = input.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String last = slash >= 0 ? s.substring(slash + 1) : s;
        last = last.replaceAll("[*?\\[\\]{}:]", "_");
        return last.isEmpty() ? "input" : last;
    }
}
