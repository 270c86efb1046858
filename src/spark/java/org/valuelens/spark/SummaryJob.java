package org.valuelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.valuelens.importer.ColumnRole;
import org.valuelens.importer.ImportException;
import org.valuelens.importer.RowRules;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * The Spark job of ValueLens: reads a transaction log (CSV or Parquet, any path Spark can read), applies the
 * local import's column mapping and row rules ({@link RowRules}: the same reject reasons, returns flagged the same
 * way), merges each customer's lines of one day, and writes either one row per customer per day
 * ({@code --mode aggregated}) or one row per customer ({@code --mode summary}, built by the desktop's own
 * {@code SummaryBuilder}), plus {@value Manifest#FILE_NAME}. {@code valuelens import OUTPUT_FOLDER} turns either
 * output into a dataset (a summary-only one in summary mode). See docs/spark.md and docs/decisions/0029-spark-job.md,
 * 0035-spark-summary-import-and-rule-options.md.
 */
public final class SummaryJob {
    private static final String CUSTOMER_FIRST = "customer_first";

    private SummaryJob() {
    }

    /**
     * Runs the job on the active (or a new) Spark session; exits with status 2 and one sentence on bad input.
     *
     * @param args see {@link JobOptions#USAGE}
     */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("ValueLens summary job").getOrCreate();
        try {
            Manifest m = run(spark, options);
            System.out.println("Read " + m.rowsRead() + " rows (" + (m.rowsRead() - m.rowsAccepted())
                    + " rejected), wrote " + m.rowsWritten() + " rows to " + options.out() + " in "
                    + String.format(Locale.ROOT, "%.1f", m.seconds()) + " s.");
        } catch (ImportException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            spark.stop();
            System.exit(2);
        } catch (IOException e) {
            System.err.println("Cannot write " + options.out() + ": " + e.getMessage());
            spark.stop();
            System.exit(1);
        }
        spark.stop();
    }

    /**
     * Runs the job.
     *
     * @param spark   the session
     * @param options what to read and write
     * @return the manifest written beside the output
     * @throws ImportException when the input cannot be read as a transaction log (one sentence)
     * @throws IOException     when the output cannot be written
     */
    static Manifest run(SparkSession spark, JobOptions options) throws ImportException, IOException {
        long start = System.nanoTime();
        Path outPath = new Path(options.out());
        FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(outPath)) {
            throw new IllegalArgumentException("The output " + options.out() + " already exists; give a new folder.");
        }
        JobInput input = JobInput.open(spark, options);
        RowRules rules = input.rules();
        Dataset<Row> days = DayAggregation.aggregate(input.lines()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> rejected = new TreeMap<>();
            Map<String, List<String>> examples = new TreeMap<>();
            for (Row r : days.filter(col(LineSchema.REASON).isNotNull())
                    .select(LineSchema.REASON, DayAggregation.LINES, DayAggregation.EXAMPLES).collectAsList()) {
                rejected.put(r.getString(0), r.getLong(1));
                examples.put(r.getString(0), firstExamples(r.getList(2)));
            }
            Dataset<Row> accepted = days.filter(col(LineSchema.REASON).isNull());
            Row totals = accepted.agg(count(lit(1)), sum(DayAggregation.LINES), sum(DayAggregation.RETURN_LINES),
                    min(LineSchema.DAY), max(LineSchema.DAY), countDistinct(col(LineSchema.CUSTOMER))).first();
            long customerDays = totals.getLong(0);
            long purchaseLines = totals.isNullAt(1) ? 0 : totals.getLong(1);
            long returnLines = totals.isNullAt(2) ? 0 : totals.getLong(2);
            LocalDate first = totals.isNullAt(3) ? null : LocalDate.ofEpochDay(totals.getInt(3));
            LocalDate last = totals.isNullAt(4) ? null : LocalDate.ofEpochDay(totals.getInt(4));
            long written;
            SummaryCounts counts = null;
            if (options.mode().equals("summary")) {
                LocalDate cal = options.calibrationEnd();
                boolean exclude = options.returns().equals("exclude");
                // the observation end is the last day with a line the summary keeps (purchases only under
                // exclude), as the desktop's summary and the database summary mode take it
                LocalDate kept = exclude ? lastPurchaseDay(accepted) : last;
                LocalDate obs = kept == null || kept.isBefore(cal) ? cal : kept;
                written = writeSummaries(accepted, options, obs);
                counts = SummaryCounts.of(accepted, cal, obs, exclude);
            } else {
                written = customerDays;
                // customers in the order of their first source line, as a local import stores them, so that the
                // desktop meets them in the same order and its sums and fits are the same numbers
                write(accepted.withColumn(CUSTOMER_FIRST, min(DayAggregation.FIRST_ORDER)
                        .over(Window.partitionBy(LineSchema.CUSTOMER)))
                        .orderBy(CUSTOMER_FIRST, LineSchema.DAY).select(col(LineSchema.CUSTOMER).as("customer_id"),
                        expr("date_from_unix_date(" + LineSchema.DAY + ")").as("date"), col(LineSchema.AMOUNT),
                        col(DayAggregation.LINES), col(LineSchema.COST), col(LineSchema.CHANNEL),
                        col(DayAggregation.RETURN_AMOUNT), col(DayAggregation.RETURN_LINES),
                        col(DayAggregation.RETURN_COST)), options);
            }
            long accepts = purchaseLines + returnLines;
            long rejects = rejected.values().stream().mapToLong(Long::longValue).sum();
            boolean summary = options.mode().equals("summary");
            Manifest m = new Manifest(options.mode(), options.input(), options.format(), options.outFormat(),
                    columnNames(rules), rules.datePattern(), rules.hasAmounts(), accepts + rejects, accepts,
                    rejected, examples, returnLines, written, totals.getLong(5),
                    first == null ? null : first.toString(), last == null ? null : last.toString(),
                    summary ? options.calibrationEnd().toString() : null, summary ? options.returns() : null,
                    counts, rules.warnings(), (System.nanoTime() - start) / 1e9);
            try (OutputStream out = fs.create(new Path(outPath, Manifest.FILE_NAME), false)) {
                out.write(m.toJson().getBytes(StandardCharsets.UTF_8));
            }
            return m;
        } finally {
            days.unpersist();
        }
    }

    private static LocalDate lastPurchaseDay(Dataset<Row> accepted) {
        Row r = accepted.filter(col(DayAggregation.LINES).gt(0)).agg(max(LineSchema.DAY)).first();
        return r.isNullAt(0) ? null : LocalDate.ofEpochDay(r.getInt(0));
    }

    private static long writeSummaries(Dataset<Row> accepted, JobOptions options, LocalDate obs) {
        LocalDate cal = options.calibrationEnd();
        ReturnsPolicy returns = options.returns().equals("net") ? ReturnsPolicy.NET : ReturnsPolicy.EXCLUDE;
        // customers in the order of their first source line, as a local import stores them (see write below)
        Dataset<Row> customers = accepted.select(LineSchema.CUSTOMER, LineSchema.DAY, LineSchema.AMOUNT,
                        DayAggregation.LINES, LineSchema.COST, LineSchema.CHANNEL, DayAggregation.RETURN_AMOUNT,
                        DayAggregation.RETURN_LINES, DayAggregation.RETURN_COST, DayAggregation.FIRST_ORDER)
                .repartition(col(LineSchema.CUSTOMER))
                .mapPartitions(new CustomerSummaries(cal, obs, returns), Encoders.row(CustomerSummaries.ORDERED))
                .orderBy(CustomerSummaries.FIRST_ORDER).drop(CustomerSummaries.FIRST_ORDER)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(customers, options);
            return customers.count();
        } finally {
            customers.unpersist();
        }
    }

    private static void write(Dataset<Row> rows, JobOptions options) {
        rows.write().format(options.outFormat()).option("header", "true").option("escape", "\"")
                .save(options.out());
    }

    private static List<String> firstExamples(List<Row> found) {
        List<Row> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(r -> r.getLong(0)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < 3; i++) {
            out.add(sorted.get(i).getString(1));
        }
        return out;
    }

    private static Map<String, String> columnNames(RowRules rules) {
        Map<String, String> out = new TreeMap<>();
        List<String> header = rules.headerCells();
        for (Map.Entry<ColumnRole, Integer> e : rules.mapping().entrySet()) {
            out.put(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), header.get(e.getValue()));
        }
        return out;
    }
}
