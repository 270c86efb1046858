package org.valuelens.report.deck;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.report.chart.ValueCharts;

/** The two product slides (issue 17): first-product value and N-day value by acquisition month. */
final class ProductSlides {
    /** Slides written by {@link #write()}. */
    static final int COUNT = 2;
    private static final int ROWS = 12;
    private static final int PRODUCT_ROWS = 10;
    private static final TextAlign L = TextAlign.LEFT;
    private static final TextAlign R = TextAlign.RIGHT;

    private final DeckBuilder deck;
    private final ProductSection p;
    private final ReportText t;

    ProductSlides(DeckBuilder deck, ProductSection products, ReportText text) {
        this.deck = deck;
        this.p = products;
        this.t = text;
    }

    void write() {
        firstProducts();
        nDayValue();
    }

    /** @return the index of the 90-day window, or the middle one */
    static int window(List<Integer> days) {
        return days.contains(90) ? days.indexOf(90) : days.size() / 2;
    }

    private void firstProducts() {
        FirstProductTable f = p.first();
        if (f == null || f.rows().isEmpty()) {
            XSLFSlide s = deck.slide("slide.products", t.get("products.takeaway.none"));
            deck.kit().text(s, new Rectangle2D.Double(SlideKit.MARGIN, SlideKit.TOP, SlideKit.WIDTH - 2
                    * SlideKit.MARGIN, 80), t.get(f == null ? "products.none" : "products.empty"), 16,
                    SlideKit.MUTED, false, L);
            deck.kit().notes(s, t.get("products.takeaway.none"));
            return;
        }
        int k = window(f.days());
        int n = f.days().get(k);
        List<FirstProductRow> rows = f.rows().subList(0, Math.min(ROWS, f.rows().size()));
        List<FirstProductRow> listed = f.rows().subList(0, Math.min(PRODUCT_ROWS, f.rows().size()));
        FirstProductRow best = rows.stream().filter(r -> r.revenue().get(k) != null)
                .max((a, b) -> Double.compare(a.revenue().get(k), b.revenue().get(k))).orElse(rows.get(0));
        String takeaway = t.get("products.takeaway", p.names().get(best.key()), t.integer(n),
                best.revenue().get(k) == null ? "–" : t.money(best.revenue().get(k)), t.percent(best.repeatRate()),
                t.integer(best.customers()));
        XSLFSlide s = deck.slide("slide.products", takeaway);
        String[] cats = new String[rows.size()];
        double[][] v = new double[1][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            cats[i] = code(p.names().get(rows.get(i).key()));
            Double d = rows.get(i).revenue().get(k);
            v[0][i] = d == null ? Double.NaN : d;
        }
        JFreeChart chart = ValueCharts.bars(t.get("products.chart", t.integer(n)), t.get("col.product"),
                t.get("products.chart.y", t.currency()), new String[] {t.get("col.nDay", t.integer(n))}, cats, v,
                false, t.charts());
        deck.chart(s, ReportCharts.spec("first-products.png", chart, t, 400, 392), SlideKit.MARGIN, SlideKit.TOP);
        double x = SlideKit.MARGIN + 416;
        double tw = SlideKit.WIDTH - SlideKit.MARGIN - x;
        List<String[]> table = new ArrayList<>();
        StringBuilder notes = new StringBuilder(takeaway);
        for (FirstProductRow r : f.rows()) {
            String[] row = {clip(p.names().get(r.key()), 24), t.integer(r.customers()),
                t.percent(r.repeatRate()) + " (" + t.percent(r.repeatRateLow()) + "–"
                        + t.percent(r.repeatRateHigh()) + ")",
                r.revenue().get(k) == null ? "–" : t.money(r.revenue().get(k)),
                r.predictedClv() == null ? "–" : t.money(r.predictedClv())};
            if (listed.contains(r)) {
                table.add(row);
            }
            notes.append('\n').append(p.names().get(r.key())).append(" · ")
                    .append(String.join(" · ", java.util.Arrays.asList(row).subList(1, row.length)));
        }
        deck.kit().table(s, x, SlideKit.TOP, new double[] {tw - 320, 78, 106, 64, 72}, 26, 10,
                new String[] {t.get("col.product"), t.get("col.customers"), t.get("col.repeatCi"),
                    t.get("col.nDay", t.integer(n)), t.get("col.predictedClv")}, table,
                new TextAlign[] {L, R, R, R, R});
        String foot = t.get("products.note", t.integer(f.minCustomers()), t.integer(f.hidden()));
        deck.kit().text(s, new Rectangle2D.Double(x - 6, SlideKit.BOTTOM - 36, tw + 12, 36), foot, 10,
                SlideKit.MUTED, false, L);
        deck.kit().notes(s, notes.append('\n').append(foot).toString());
    }

    private void nDayValue() {
        LtvCohortTable c = p.cohorts();
        int k = window(c.days());
        Double avg = c.average().revenue().get(k);
        String takeaway = t.get("ndays.takeaway", t.integer(c.days().get(k)), avg == null ? "–" : t.money(avg),
                t.integer(c.average().windowCustomers().get(k)));
        XSLFSlide s = deck.slide("slide.ndays", takeaway);
        List<LtvCohort> rows = c.cohorts();
        String[] cats = rows.stream().map(LtvCohort::label).toArray(String[]::new);
        String[] series = new String[c.days().size()];
        double[][] v = new double[series.length][cats.length];
        for (int w = 0; w < series.length; w++) {
            series[w] = t.get("col.nDay", t.integer(c.days().get(w)));
            for (int i = 0; i < cats.length; i++) {
                Double d = rows.get(i).revenue().get(w);
                v[w][i] = d == null || !rows.get(i).complete().get(w) ? Double.NaN : d;
            }
        }
        JFreeChart chart = ValueCharts.bars(t.get("ndays.chart"), t.get("col.cohort"),
                t.get("products.chart.y", t.currency()), series, cats, v, false, t.charts());
        deck.chart(s, ReportCharts.spec("n-day-value.png", chart, t, 470, 392), SlideKit.MARGIN, SlideKit.TOP);
        double x = SlideKit.MARGIN + 486;
        double tw = SlideKit.WIDTH - SlideKit.MARGIN - x;
        List<String[]> table = new ArrayList<>();
        StringBuilder notes = new StringBuilder(takeaway);
        List<LtvCohort> all = new ArrayList<>(rows);
        all.add(c.average());
        List<Integer> shown = List.of(0, k, c.days().size() - 1);
        for (LtvCohort co : all) {
            List<String> row = new ArrayList<>(List.of("all".equals(co.label()) ? t.get("ndays.all") : co.label(),
                    t.integer(co.customers())));
            for (int w : shown) {
                Double d = co.revenue().get(w);
                row.add((d == null ? "–" : t.money(d)) + (co.complete().get(w) ? "" : "*"));
            }
            if (table.size() < ROWS || co == c.average()) {
                table.add(row.toArray(String[]::new));
            }
            notes.append('\n').append(String.join(" · ", row));
        }
        String[] head = {t.get("col.cohort"), t.get("col.customers"),
            t.get("col.nDay", t.integer(c.days().get(0))), t.get("col.nDay", t.integer(c.days().get(k))),
            t.get("col.nDay", t.integer(c.days().get(c.days().size() - 1)))};
        deck.kit().table(s, x, SlideKit.TOP, new double[] {tw - 264, 66, 66, 66, 66}, 24, 10, head, table,
                new TextAlign[] {L, R, R, R, R});
        String foot = t.get("ndays.note", t.date(c.observationEnd()));
        deck.kit().text(s, new Rectangle2D.Double(x - 6, SlideKit.BOTTOM - 30, tw + 12, 36), foot, 10,
                SlideKit.MUTED, false, L);
        deck.kit().notes(s, notes.append('\n').append(foot).toString());
    }

    private static String code(String name) {
        int dash = name.indexOf(" — ");
        return dash > 0 ? name.substring(0, dash) : name;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
