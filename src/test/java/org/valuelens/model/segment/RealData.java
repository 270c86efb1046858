package org.valuelens.model.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.valuelens.model.CustomerSummary;

/**
 * Test-only loaders for the bundled public datasets: parse the files and build {@link CustomerSummary} lists
 * (weeks, same-day purchases merged), independently of the production importer.
 */
public final class RealData {

    /** Last day of the CDNOW observation window. */
    public static final LocalDate CDNOW_END = LocalDate.of(1998, 6, 30);

    /** One purchase line: customer, day, amount. */
    public record Line(String id, LocalDate day, double amount) {
    }

    private RealData() {
    }

    /** @return CDNOW sample lines: id = sample_id (2nd column), date yyyymmdd, dollars (5th column) */
    public static List<Line> cdnowLines() {
        List<Line> out = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : read("/data/cdnow/CDNOW_sample.txt")) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 5) {
                out.add(new Line(p[1], LocalDate.parse(p[2], f), Double.parseDouble(p[4])));
            }
        }
        return out;
    }

    /** @return apparel lines (Id, Date, Price) */
    public static List<Line> apparelLines() {
        return csv("/data/apparel/apparelTrans.csv", true);
    }

    /** @return grocery lines (cust, date), amount 1.0 each */
    public static List<Line> groceryLines() {
        return csv("/data/grocery/groceryElog.csv", false);
    }

    private static List<Line> csv(String resource, boolean withPrice) {
        List<Line> out = new ArrayList<>();
        List<String> lines = read(resource);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.replace("\"", "").split(",");
            out.add(new Line(p[0].trim(), LocalDate.parse(p[1].trim()),
                    withPrice ? Double.parseDouble(p[2].trim()) : 1.0));
        }
        return out;
    }

    /** @return the latest day in the lines */
    public static LocalDate lastDay(List<Line> lines) {
        return lines.stream().map(Line::day).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Builds summaries in weeks with the calibration end {@code end}; customers sorted by id (numeric when
     * possible).
     */
    public static List<CustomerSummary> summaries(List<Line> lines, LocalDate end) {
        Map<String, TreeMap<LocalDate, Double>> days = new TreeMap<>(RealData::compareIds);
        Map<String, Integer> count = new TreeMap<>();
        for (Line l : lines) {
            days.computeIfAbsent(l.id(), k -> new TreeMap<>()).merge(l.day(), l.amount(), Double::sum);
            count.merge(l.id(), 1, Integer::sum);
        }
        List<CustomerSummary> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : days.entrySet()) {
            TreeMap<LocalDate, Double> d = e.getValue();
            LocalDate first = d.firstKey();
            LocalDate last = d.lastKey();
            int x = d.size() - 1;
            double revenue = d.values().stream().mapToDouble(Double::doubleValue).sum();
            double repeat = revenue - d.firstEntry().getValue();
            out.add(new CustomerSummary(e.getKey(), first, last, null, x,
                    ChronoUnit.DAYS.between(first, last) / 7.0, ChronoUnit.DAYS.between(first, end) / 7.0,
                    x == 0 ? 0.0 : repeat / x, revenue, null, count.get(e.getKey()), 0, 0.0));
        }
        return out;
    }

    private static int compareIds(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static List<String> read(String resource) {
        try (InputStream in = RealData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
