package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

/** The box plot names every mark and says how many customers lie above its axis. */
class BoxPlotsTest {
    private static final ChartText EN = ChartText.of(Locale.ENGLISH);

    @Test
    void tenFarValuesAboveTheHighestWhiskerAreCountedInANoteAndTheAxisEndsAtTheWhisker() {
        // 1..1000 lie inside the whiskers (1.5 IQR reaches past 1000); ten customers at a million do not
        double[] v = new double[1010];
        for (int i = 0; i < 1000; i++) {
            v[i] = i + 1;
        }
        for (int i = 1000; i < 1010; i++) {
            v[i] = 1_000_000;
        }
        JFreeChart chart = ValueCharts.boxPlot("CLV", "CLV ($)", new String[] {"All"}, new double[][] {v}, EN);

        String note = ((TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
        assertThat(note).isEqualTo("10 customers above 1,000 lie beyond the top of the axis and are not drawn.");
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getRangeAxis().getUpperBound()).isLessThan(1100);
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
        assertThat(boxes.getMaxRegularValue(0, 0).doubleValue()).isEqualTo(1000);
        assertThat(boxes.getMeanValue(0, 0)).as("the renderer draws no mean of its own").isNull();
    }

    @Test
    void theLegendNamesBoxWhiskersMeanAndOutliers() {
        JFreeChart chart = ValueCharts.boxPlot("CLV", "CLV ($)", new String[] {"A", "B"},
                new double[][] {{1, 2, 3, 4, 50}, {2, 3, 4}}, EN);

        LegendItemCollection legend = chart.getCategoryPlot().getLegendItems();
        assertThat(legend.getItemCount()).isEqualTo(4);
        assertThat(legend.get(2).getLabel()).isEqualTo(EN.get("box.mean"));
        assertThat(legend.get(3).getLabel()).isEqualTo(EN.get("box.outliers"));
        assertThat(chart.getLegend()).isNotNull();
    }
}
