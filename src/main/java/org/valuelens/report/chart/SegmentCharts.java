package org.valuelens.report.chart;

import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.format.NumberTexts;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.RfmScore;
import org.valuelens.model.segment.TierSummary;
import org.valuelens.model.segment.ValueTierResult;

/** Charts of one segmentation's result: the value tiers' box plot and the RFM heatmap. No JavaFX. */
public final class SegmentCharts {

    private SegmentCharts() {
    }

    /**
     * @param t      the value tiers ({@code null} not permitted)
     * @param title  chart title
     * @param yLabel value axis label (with the currency)
     * @param text   localised strings (tier names, the box plot's key)
     * @return CLV per customer by tier as a box plot
     */
    public static JFreeChart tierBox(ValueTierResult t, String title, String yLabel, ChartText text) {
        String[] groups = new String[t.tiers().size()];
        double[][] clvs = new double[groups.length][];
        for (int i = 0; i < groups.length; i++) {
            TierSummary s = t.tiers().get(i);
            groups[i] = text.segmentName(s.name());
            clvs[i] = t.assignments().stream().filter(a -> a.tier() == s.tier())
                    .mapToDouble(ValueTierResult.Assignment::clv).toArray();
        }
        return ValueCharts.boxPlot(title, yLabel, groups, clvs, text);
    }

    /**
     * Mean spend per recency × frequency score; a note under the chart explains empty cells when there are any.
     *
     * @param rfm      the RFM scores ({@code null} not permitted)
     * @param currency currency symbol for the legend
     * @param text     localised strings
     * @return the heatmap
     */
    public static JFreeChart rfmHeatmap(RfmResult rfm, String currency, ChartText text) {
        double[][] sum = new double[5][5];
        int[][] count = new int[5][5];
        for (RfmScore s : rfm.scores()) {
            sum[5 - s.r()][s.f() - 1] += s.monetary();
            count[5 - s.r()][s.f() - 1]++;
        }
        double[][] mean = new double[5][5];
        boolean empty = false;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                mean[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
                empty |= count[i][j] == 0;
            }
        }
        NumberFormat money = new NumberTexts(text.locale(), null).numberFormat(0);
        JFreeChart heat = ValueCharts.heatmap(text.get("rfm.heatmap.title"), text.get("rfm.heatmap.x"),
                text.get("rfm.heatmap.y"), text.get("rfm.heatmap.legend", currency),
                new String[] {"R5", "R4", "R3", "R2", "R1"}, new String[] {"F1", "F2", "F3", "F4", "F5"},
                mean, money);
        if (empty) { // ties in purchase counts leave some frequency scores unused: say so under the chart
            ValueCharts.withNote(heat, text.get("rfm.heatmap.empty"));
        }
        return heat;
    }
}
