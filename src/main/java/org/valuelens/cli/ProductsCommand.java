package org.valuelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.DatasetReports;
import org.valuelens.service.ProductData;
import org.valuelens.service.ProductService;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code products}: the first-product table and product affinity (issue 17). */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = {"What customers' first products (or categories) bring: customers acquired, repeat rate with "
                + "a 95%% Wilson interval, mean days to the second order, N-day revenue and margin per acquired "
                + "customer, predicted CLV and the share in the high-value tier; and which products the same "
                + "customers buy later (ordered pairs with support and lift).",
            "An order is an invoice (a customer's day when there is no invoice); N-day value counts orders on days "
                + "[first order day, first order day + N) and only customers whose window ended by the data end."})
final class ProductsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--by", paramLabel = "product|category", defaultValue = "product",
            description = "Rows are first products or first categories (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--days", paramLabel = "N,N,...", defaultValue = "30,60,90,180,365",
            description = "N-day windows (default: ${DEFAULT-VALUE}).")
    String days;

    @Option(names = "--min-customers", paramLabel = "N", defaultValue = "5",
            description = "Leave out products that acquired fewer customers (default: ${DEFAULT-VALUE}).")
    int minCustomers;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "bg-nbd",
            description = "CLV method for the predicted CLV column, or 'none' (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Rows and pairs printed as text (default: ${DEFAULT-VALUE}; --json and --out hold all).")
    int top;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table (.csv/.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        boolean category = switch (by.toLowerCase(Locale.ROOT)) {
            case "product" -> false;
            case "category" -> true;
            default -> throw new IllegalArgumentException("--by must be product or category, not '" + by + "'.");
        };
        List<Integer> windows = ProductCli.days(days);
        try (WorkspaceSession session = WorkspaceSession.open(options.db)) {
            ConsoleProgress progress = new ConsoleProgress(spec, json);
            AnalysisSettings settings = options.settings().withDataset(DatasetReports.resolve(session.analysis(),
                    options.dataset));
            ProductService products = session.products();
            ProductData data = products.load(settings, progress);
            List<String> warnings = new ArrayList<>();
            ProductService.CustomerValues clv = null;
            if (!method.equalsIgnoreCase("none")) {
                try {
                    session.analysis().requireAmounts(settings, "predicted CLV");
                    clv = products.clvByCustomer(data, ClvMethod.parse(method), settings, progress);
                } catch (ServiceException e) {
                    warnings.add("No predicted CLV: " + e.getMessage());
                }
            }
            FirstProductTable table = products.firstProducts(data, new FirstProductAnalyzer().withDays(windows)
                    .withMinCustomers(minCustomers), clv, category);
            List<AffinityPair> pairs = category ? List.of() : products.affinity(data, 200, 3);
            List<String> names = category ? data.categories() : data.products();
            if (out != null) {
                write(table, names, data, category, out);
            }
            PrintWriter pw = spec.commandLine().getOut();
            if (json) {
                pw.println(Json.write(json(table, pairs, names, data, category, warnings)));
            } else {
                text(pw, table, pairs, names, data, category, warnings);
            }
            pw.flush();
            return 0;
        }
    }

    private static Map<String, Object> json(FirstProductTable table, List<AffinityPair> pairs, List<String> names,
                                            ProductData data, boolean category, List<String> warnings) {
        Map<String, Object> o = Json.object();
        o.put("by", category ? "category" : "product");
        o.put("customers", table.customers());
        o.put("minCustomers", table.minCustomers());
        o.put("hidden", table.hidden());
        o.put("days", table.days());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FirstProductRow r : table.rows()) {
            Map<String, Object> m = Json.object();
            m.put("product", names.get(r.key()));
            m.put("label", category ? null : data.labels().get(r.key()));
            m.put("customers", r.customers());
            m.put("repeaters", r.repeaters());
            m.put("repeatRate", r.repeatRate());
            m.put("repeatRateLow", r.repeatRateLow());
            m.put("repeatRateHigh", r.repeatRateHigh());
            m.put("meanDaysToSecond", r.meanDaysToSecond());
            m.put("ltv", ProductCli.byDays(table.days(), r.revenue()));
            m.put("ltvMargin", ProductCli.byDays(table.days(), r.margin()));
            m.put("ltvCustomers", ProductCli.byDays(table.days(), r.windowCustomers()));
            m.put("ltvToDate", r.revenueToDate());
            m.put("marginToDate", r.marginToDate());
            m.put("predictedClv", r.predictedClv());
            m.put("highTierShare", r.topTierShare());
            rows.add(m);
        }
        o.put("products", rows);
        List<Map<String, Object>> aff = new ArrayList<>();
        for (AffinityPair p : pairs) {
            Map<String, Object> m = Json.object();
            m.put("first", data.products().get(p.a()));
            m.put("later", data.products().get(p.b()));
            m.put("customers", p.pairs());
            m.put("support", p.support());
            m.put("confidence", p.confidence());
            m.put("lift", p.lift());
            aff.add(m);
        }
        o.put("affinity", aff);
        o.put("warnings", warnings);
        return o;
    }

    private void text(PrintWriter pw, FirstProductTable table, List<AffinityPair> pairs, List<String> names,
                      ProductData data, boolean category, List<String> warnings) {
        int k90 = table.days().contains(90) ? table.days().indexOf(90) : table.days().size() - 1;
        int n = table.days().get(k90);
        pw.printf("First %s of %,d customers (at least %d customers each; %d smaller left out)%n",
                category ? "categories" : "products", table.customers(), table.minCustomers(), table.hidden());
        pw.printf("  %-40s %9s %8s %15s %9s %10s %10s%n", category ? "category" : "product", "customers", "repeat",
                "95% interval", "days→2nd", n + "-day LTV", "pred. CLV");
        for (FirstProductRow r : table.rows().subList(0, Math.min(top, table.rows().size()))) {
            String name = category ? names.get(r.key()) : data.productName(r.key());
            pw.printf("  %-40s %9d %7.1f%% %6.1f–%5.1f%% %9s %10s %10s%n", clip(name, 40), r.customers(),
                    100 * r.repeatRate(), 100 * r.repeatRateLow(), 100 * r.repeatRateHigh(),
                    r.meanDaysToSecond() == null ? "-" : String.format("%.0f", r.meanDaysToSecond()),
                    ProductCli.money(r.revenue().get(k90)), ProductCli.money(r.predictedClv()));
        }
        if (!pairs.isEmpty()) {
            pw.println("Bought A, later bought B (top 200 products, at least 3 customers; highest lift first)");
            for (AffinityPair p : pairs.subList(0, Math.min(top, pairs.size()))) {
                pw.printf("  %-30s → %-30s %6d customers, lift %.2f%n", clip(data.productName(p.a()), 30),
                        clip(data.productName(p.b()), 30), p.pairs(), p.lift());
            }
        }
        warnings.forEach(w -> pw.println("Note: " + w));
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static void write(FirstProductTable table, List<String> names, ProductData data, boolean category,
                              Path file) {
        List<Column> columns = new ArrayList<>(List.of(new Column(category ? "category" : "product", Format.GENERAL),
                new Column("label", Format.GENERAL), new Column("customers", Format.INTEGER),
                new Column("repeat_rate", Format.PERCENT), new Column("repeat_rate_low", Format.PERCENT),
                new Column("repeat_rate_high", Format.PERCENT), new Column("mean_days_to_second", Format.DECIMAL)));
        for (int d : table.days()) {
            columns.add(new Column("ltv_" + d + "_days", Format.CURRENCY));
        }
        columns.add(new Column("predicted_clv", Format.CURRENCY));
        List<List<?>> rows = new ArrayList<>();
        for (FirstProductRow r : table.rows()) {
            List<Object> row = new ArrayList<>(List.of(names.get(r.key())));
            row.add(category ? null : data.labels().get(r.key()));
            row.add(r.customers());
            row.add(r.repeatRate());
            row.add(r.repeatRateLow());
            row.add(r.repeatRateHigh());
            row.add(r.meanDaysToSecond());
            row.addAll(r.revenue());
            row.add(r.predictedClv());
            rows.add(row);
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                TableExport.writeXlsx(file, "first products", "", columns, rows);
            } else {
                TableExport.writeCsv(file, columns, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be written (" + e.getMessage() + ").", e);
        }
    }
}
