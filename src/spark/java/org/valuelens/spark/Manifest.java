package org.valuelens.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The small JSON file {@value #FILE_NAME} written beside the job's output: what was read, how, and what was
 * rejected, so that {@code valuelens import OUTPUT_FOLDER} can create the dataset with the source's counts. Built
 * by hand so that the job needs no JSON library beyond the JDK.
 *
 * @param mode           {@code aggregated} or {@code summary}
 * @param input          the input path as given
 * @param inputFormat    {@code csv} or {@code parquet}
 * @param outputFormat   {@code csv} or {@code parquet}
 * @param columns        role name ({@code customer}, {@code date} …) to the source column's name
 * @param datePattern    how the dates were read, {@code null} when typed
 * @param hasAmounts     whether the source has an amount (or quantity and unit price) column
 * @param rowsRead       source rows read (blank and header lines not counted)
 * @param rowsAccepted   source rows accepted
 * @param rejected       rejected source rows by reason code
 * @param examples       the raw text of the first rejected rows of each reason, as read
 * @param returns        accepted return lines
 * @param rowsWritten    rows written (customer-days, or customers in summary mode)
 * @param customers      distinct customers among the accepted rows
 * @param firstDate      first accepted date (ISO), {@code null} without rows
 * @param lastDate       last accepted date (ISO), {@code null} without rows
 * @param calibrationEnd summary mode's calibration end (ISO), else {@code null}
 * @param returnsPolicy  summary mode's returns policy, else {@code null}
 * @param summaryCounts  summary mode's dataset-level figures, else {@code null}
 * @param warnings       sentences about how the input was read
 * @param seconds        wall time of the job
 */
record Manifest(String mode, String input, String inputFormat, String outputFormat, Map<String, String> columns,
                String datePattern, boolean hasAmounts, long rowsRead, long rowsAccepted, Map<String, Long> rejected,
                Map<String, List<String>> examples, long returns, long rowsWritten, long customers,
                String firstDate, String lastDate, String calibrationEnd, String returnsPolicy,
                SummaryCounts summaryCounts, List<String> warnings, double seconds) {

    /** The manifest's file name inside the output folder (Spark readers skip names starting with "_"). */
    static final String FILE_NAME = "_valuelens-manifest.json";

    String toJson() {
        StringBuilder b = new StringBuilder("{\n");
        field(b, "format", "valuelens-spark-output").append(",\n");
        b.append("  \"version\": 1,\n");
        field(b, "mode", mode).append(",\n");
        field(b, "input", input).append(",\n");
        field(b, "inputFormat", inputFormat).append(",\n");
        field(b, "outputFormat", outputFormat).append(",\n");
        b.append("  \"columns\": {");
        int i = 0;
        for (Map.Entry<String, String> e : columns.entrySet()) {
            b.append(i++ > 0 ? ", " : "").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
        }
        b.append("},\n");
        field(b, "datePattern", datePattern).append(",\n");
        b.append("  \"hasAmounts\": ").append(hasAmounts).append(",\n");
        b.append("  \"rowsRead\": ").append(rowsRead).append(",\n");
        b.append("  \"rowsAccepted\": ").append(rowsAccepted).append(",\n");
        b.append("  \"rowsRejected\": ").append(rowsRead - rowsAccepted).append(",\n");
        b.append("  \"rejected\": {");
        i = 0;
        for (Map.Entry<String, Long> e : rejected.entrySet()) {
            b.append(i++ > 0 ? ", " : "").append(quote(e.getKey())).append(": ").append(e.getValue());
        }
        b.append("},\n  \"rejectedExamples\": {");
        i = 0;
        for (Map.Entry<String, List<String>> e : examples.entrySet()) {
            b.append(i++ > 0 ? ", " : "").append(quote(e.getKey())).append(": ");
            list(b, e.getValue());
        }
        b.append("},\n");
        b.append("  \"returns\": ").append(returns).append(",\n");
        b.append("  \"rowsWritten\": ").append(rowsWritten).append(",\n");
        b.append("  \"customers\": ").append(customers).append(",\n");
        field(b, "firstDate", firstDate).append(",\n");
        field(b, "lastDate", lastDate).append(",\n");
        field(b, "calibrationEnd", calibrationEnd).append(",\n");
        field(b, "returnsPolicy", returnsPolicy).append(",\n");
        if (summaryCounts != null) {
            field(b, "observationEnd", summaryCounts.observationEnd().toString()).append(",\n");
            b.append("  \"customersAfterCalibration\": ").append(summaryCounts.customersAfterCalibration())
                    .append(",\n  \"customersWithoutPurchase\": ").append(summaryCounts.customersWithoutPurchase())
                    .append(",\n  \"repeatsByDay\": {");
            int k = 0;
            for (Map.Entry<String, Long> e : summaryCounts.repeatsByDay().entrySet()) {
                b.append(k++ > 0 ? ", " : "").append(quote(e.getKey())).append(": ").append(e.getValue());
            }
            b.append("},\n");
        }
        b.append("  \"warnings\": ");
        list(b, warnings);
        b.append(",\n  \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", seconds)).append("\n}\n");
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        return b.append("  ").append(quote(name)).append(": ").append(value == null ? "null" : quote(value));
    }

    private static void list(StringBuilder b, List<String> values) {
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            b.append(i > 0 ? ", " : "").append(quote(values.get(i)));
        }
        b.append(']');
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
