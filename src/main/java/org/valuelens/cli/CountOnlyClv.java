package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.NoAmounts;
import org.valuelens.service.PurchaseOutlook;

/**
 * {@code clv} by a purchase model on a count-only dataset (no amount column): there is no money to value, so the
 * command prints and writes what the model predicts without spend — P(alive) and expected purchases over the
 * horizon — and says in one sentence why the CLV itself is missing.
 */
final class CountOnlyClv {

    private CountOnlyClv() {
    }

    static void print(PurchaseOutlook outlook, Path out, boolean json, double seconds, PrintWriter pw) {
        if (out != null) {
            write(outlook, out);
        }
        String unit = outlook.unit().cliName();
        String why = NoAmounts.sentence("CLV in money");
        int n = outlook.customers().size();
        double meanAlive = outlook.customers().stream().mapToDouble(PurchaseOutlook.Row::pAlive).average()
                .orElse(Double.NaN);
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("method", outlook.method().cliName());
            o.put("timeUnit", unit);
            o.put("horizon", outlook.horizon());
            o.put("horizonUnit", unit + "s");
            o.put("hasAmounts", false);
            o.put("customers", n);
            o.put("total", null);
            o.put("mean", null);
            o.put("median", null);
            o.put("expectedPurchases", outlook.totalExpectedPurchases());
            o.put("meanPAlive", meanAlive);
            o.put("parameters", outlook.fit().fit().parameters());
            List<String> warnings = new ArrayList<>(outlook.warnings());
            warnings.add(0, why);
            o.put("warnings", warnings);
            o.put("out", out == null ? null : out.toString());
            o.put("seconds", seconds);
            pw.println(Json.write(o));
        } else {
            pw.printf("Expected purchases by %s over %d %ss: %,d customers (no amounts: no CLV in money)%n",
                    outlook.method().cliName(), outlook.horizon(), unit, n);
            outlook.fit().fit().parameters().forEach((k, v) -> pw.printf("  %s = %.6g%n", k, v));
            pw.printf("  expected purchases %.2f   mean P(alive) %.4f%n", outlook.totalExpectedPurchases(), meanAlive);
            pw.println("  Note: " + why);
            outlook.warnings().forEach(w -> pw.println("  Note: " + w));
            if (out != null) {
                pw.println("  Written to " + out);
            }
        }
        pw.flush();
    }

    private static void write(PurchaseOutlook outlook, Path file) {
        String u = outlook.unit().cliName() + "s";
        List<Column> columns = List.of(new Column("customer_id", Format.GENERAL),
                new Column("first_purchase", Format.DATE), new Column("frequency", Format.INTEGER),
                new Column("recency_" + u, Format.DECIMAL), new Column("age_" + u, Format.DECIMAL),
                new Column("p_alive", Format.PERCENT), new Column("expected_purchases", Format.DECIMAL));
        List<List<?>> rows = new ArrayList<>(outlook.customers().size());
        for (PurchaseOutlook.Row r : outlook.customers()) {
            CustomerSummary s = r.summary();
            rows.add(Arrays.asList(s.customerId(), s.firstPurchase().toString(), s.frequency(), s.recency(),
                    s.age(), r.pAlive(), r.expectedPurchases()));
        }
        try {
            TableExport.writeCsv(file, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
