package org.valuelens.gui.products;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.valuelens.gui.common.I18n;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.RepeatAnalyzer;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.RepeatStep;
import org.valuelens.report.chart.ChartText;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.report.chart.ValueCharts;

/** The Products page's charts, in the interface language (built off the FX thread). */
final class ProductsCharts {
    private static final int BARS = 15;

    private final I18n i18n;
    private final String currency;
    private final ChartText text;

    ProductsCharts(I18n i18n, String currency) {
        this.i18n = i18n;
        this.currency = currency;
        this.text = ChartText.of(i18n.locale());
    }

    /** 90-day (or the middle window's) revenue per acquired customer of the most common first products. */
    JFreeChart firstProducts(FirstProductTable t, List<String> names) {
        int k = t.days().contains(90) ? t.days().indexOf(90) : t.days().size() / 2;
        List<FirstProductRow> rows = t.rows().subList(0, Math.min(BARS, t.rows().size()));
        String[] cats = new String[rows.size()];
        double[][] v = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            cats[i] = names.get(rows.get(i).key());
            // margin, not revenue: the predicted CLV beside it is a margin too
            Double d = rows.get(i).margin().get(k);
            v[0][i] = d == null ? Double.NaN : d;
            Double clv = rows.get(i).predictedClv();
            v[1][i] = clv == null ? Double.NaN : clv;
        }
        return localise(ValueCharts.bars(i18n.format("products.chart.first.title", t.days().get(k)),
                i18n.get(t.category() ? "products.col.category" : "products.col.product"),
                i18n.format("products.chart.perCustomer", currency), new String[] {
                    i18n.format("products.col.ltvMargin", t.days().get(k)), i18n.get("products.col.clv")}, cats, v,
                false, text));
    }

    /** N-day revenue per acquired customer by cohort, one series per window; incomplete cells left blank. */
    JFreeChart cohorts(LtvCohortTable t) {
        List<LtvCohort> rows = t.cohorts();
        String[] cats = rows.stream().map(LtvCohort::label).toArray(String[]::new);
        String[] series = new String[t.days().size()];
        double[][] v = new double[series.length][cats.length];
        for (int k = 0; k < series.length; k++) {
            series[k] = i18n.format("products.days", t.days().get(k));
            for (int i = 0; i < cats.length; i++) {
                Double d = rows.get(i).revenue().get(k);
                v[k][i] = d == null || !rows.get(i).complete().get(k) ? Double.NaN : d;
            }
        }
        return localise(ValueCharts.bars(i18n.get("products.chart.cohorts.title"), i18n.get("products.col.cohort"),
                i18n.format("products.chart.perCustomer", currency), series, cats, v, false, text));
    }

    /** Histogram of the days between orders, one series per step. */
    JFreeChart repeat(RepeatResult r) {
        List<Integer> edges = RepeatAnalyzer.BIN_EDGES;
        String[] cats = new String[edges.size()];
        for (int b = 0; b < edges.size(); b++) {
            cats[b] = b + 1 < edges.size() ? edges.get(b) + "–" + (edges.get(b + 1) - 1) : edges.get(b) + "+";
        }
        String[] series = new String[r.steps().size()];
        double[][] v = new double[series.length][cats.length];
        for (int s = 0; s < series.length; s++) {
            RepeatStep step = r.steps().get(s);
            series[s] = step.from() + " → " + step.to();
            for (int b = 0; b < cats.length; b++) {
                v[s][b] = step.histogram().get(b);
            }
        }
        return localise(ValueCharts.bars(i18n.get("products.chart.repeat.title"), i18n.get("products.chart.days"),
                i18n.get("products.col.customers"), series, cats, v, false, text));
    }

    /** Lift of the strongest "bought A, later bought B" pairs. */
    JFreeChart affinity(List<AffinityPair> pairs, List<String> products) {
        List<AffinityPair> top = pairs.subList(0, Math.min(BARS, pairs.size()));
        String[] cats = new String[top.size()];
        double[][] v = new double[1][top.size()];
        for (int i = 0; i < top.size(); i++) {
            cats[i] = products.get(top.get(i).a()) + " → " + products.get(top.get(i).b());
            v[0][i] = top.get(i).lift();
        }
        return localise(ValueCharts.bars(i18n.get("products.chart.affinity.title"), i18n.get("products.col.pair"),
                i18n.get("products.col.lift"), new String[] {i18n.get("products.col.lift")}, cats, v, false, text));
    }

    /** The language's CJK family when the interface is Chinese (TC fonts for zh-TW), as on the other pages. */
    private JFreeChart localise(JFreeChart chart) {
        return ScriptFonts.localise(chart, i18n.locale());
    }
}
