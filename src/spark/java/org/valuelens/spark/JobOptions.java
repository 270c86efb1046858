package org.valuelens.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.valuelens.importer.ColumnRole;

/**
 * The command line of {@link SummaryJob}: {@code --input PATH --format csv|parquet --customer COL --date COL
 * --amount COL … --mode aggregated|summary --out PATH}, with the column options of {@code valuelens import}.
 *
 * @param input          any path Spark can read (file, folder or glob; hdfs:, s3a:, file: …)
 * @param format         {@code csv} (any delimited text, detected as by the local import) or {@code parquet}
 * @param columns        the column of each role, by header name or 1-based number
 * @param header         {@code null} to detect, or whether the text input has a header line
 * @param datePattern    a date pattern such as {@code dd.MM.yyyy}, {@code null} to detect
 * @param mode           {@code aggregated} (one row per customer per day) or {@code summary} (one per customer)
 * @param out            the output folder (must not exist)
 * @param outFormat      {@code csv} (readable by {@code valuelens import}) or {@code parquet}
 * @param calibrationEnd the calibration end of summary mode ({@code null} in aggregated mode)
 * @param returns        {@code net} or {@code exclude}: how summary mode treats returns
 * @param delimiter      the text delimiter as {@code valuelens import --delimiter} takes it, {@code null} to detect
 * @param dropDuplicates reject rows repeating an earlier accepted row exactly, as {@code valuelens import
 *                       --drop-duplicates} does ({@code duplicate-row}); default: keep them
 */
public record JobOptions(String input, String format, Map<ColumnRole, String> columns, Boolean header,
                         String datePattern, String mode, String out, String outFormat, LocalDate calibrationEnd,
                         String returns, String delimiter, boolean dropDuplicates) implements Serializable {

    static final String USAGE = "Usage: spark-submit --class org.valuelens.spark.SummaryJob valuelens-spark.jar"
            + " --input PATH --format csv|parquet --customer COL --date COL [--amount COL] [--quantity COL]"
            + " [--price COL] [--cost COL] [--channel COL] [--invoice COL] [--no-header] [--date-format PATTERN]"
            + " [--delimiter CHAR] [--encoding UTF-8] [--drop-duplicates]"
            + " [--mode aggregated|summary] [--calibration-end YYYY-MM-DD] [--returns net|exclude]"
            + " --out PATH [--out-format csv|parquet]";

    private static final Map<String, ColumnRole> COLUMN_OPTIONS = Map.of("--customer", ColumnRole.CUSTOMER_ID,
            "--date", ColumnRole.DATE, "--amount", ColumnRole.AMOUNT, "--quantity", ColumnRole.QUANTITY,
            "--price", ColumnRole.UNIT_PRICE, "--cost", ColumnRole.COST, "--channel", ColumnRole.CHANNEL,
            "--invoice", ColumnRole.INVOICE);

    /** Checks the choices. */
    public JobOptions {
        columns = Map.copyOf(columns);
        require(input != null, "--input PATH is required.");
        require(out != null, "--out PATH is required.");
        require("csv".equals(format) || "parquet".equals(format), "--format must be csv or parquet.");
        require("aggregated".equals(mode) || "summary".equals(mode), "--mode must be aggregated or summary.");
        require("csv".equals(outFormat) || "parquet".equals(outFormat), "--out-format must be csv or parquet.");
        require("net".equals(returns) || "exclude".equals(returns), "--returns must be net or exclude.");
        require(!"summary".equals(mode) || calibrationEnd != null,
                "--mode summary needs --calibration-end YYYY-MM-DD (the holdout purchases are counted after it).");
    }

    /** Options with the delimiter detected and exact duplicate rows kept (see the canonical constructor). */
    public JobOptions(String input, String format, Map<ColumnRole, String> columns, Boolean header,
                      String datePattern, String mode, String out, String outFormat, LocalDate calibrationEnd,
                      String returns) {
        this(input, format, columns, header, datePattern, mode, out, outFormat, calibrationEnd, returns, null, false);
    }

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException with one sentence naming the wrong option
     */
    public static JobOptions parse(String... args) {
        Map<ColumnRole, String> columns = new EnumMap<>(ColumnRole.class);
        String input = null;
        String format = "csv";
        Boolean header = null;
        String datePattern = null;
        String mode = "aggregated";
        String out = null;
        String outFormat = "csv";
        LocalDate calibrationEnd = null;
        String returns = "net";
        String delimiter = null;
        boolean dropDuplicates = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-header")) {
                header = false;
                continue;
            }
            if (a.equals("--header")) {
                header = true;
                continue;
            }
            if (a.equals("--drop-duplicates")) {
                dropDuplicates = true;
                continue;
            }
            require(i + 1 < args.length, a + " needs a value. " + USAGE);
            String v = args[++i];
            ColumnRole role = COLUMN_OPTIONS.get(a);
            if (role != null) {
                columns.put(role, v);
                continue;
            }
            switch (a) {
                case "--input" -> input = v;
                case "--format" -> format = v.toLowerCase(Locale.ROOT);
                case "--date-format" -> datePattern = v;
                case "--mode" -> mode = v.toLowerCase(Locale.ROOT);
                case "--out" -> out = v;
                case "--out-format" -> outFormat = v.toLowerCase(Locale.ROOT);
                case "--returns" -> returns = v.toLowerCase(Locale.ROOT);
                case "--calibration-end" -> calibrationEnd = date(v);
                case "--delimiter" -> delimiter = v;
                case "--encoding" -> require(v.replace("-", "").equalsIgnoreCase("utf8"), "The Spark job reads"
                        + " UTF-8 text only, not " + v + "; convert the input first (e.g. iconv -f " + v
                        + " -t UTF-8) or give it as Parquet.");
                default -> throw new IllegalArgumentException("Unknown option " + a + ". " + USAGE);
            }
        }
        return new JobOptions(input, format, columns, header, datePattern, mode, out, outFormat, calibrationEnd,
                returns, delimiter, dropDuplicates);
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--calibration-end \"" + v + "\" is not a date in the form YYYY-MM-DD.");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
