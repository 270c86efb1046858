package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** {@link ValueCharts#withFontFamily}: every text takes the family, sizes and styles stay. */
class ChartFontFamilyTest {

    @Test
    void titleAxesAndLegendTakeTheFamilyAndKeepTheirSizes() {
        JFreeChart chart = ValueCharts.lines("t", "x", "y", new String[] {"a", "b"}, new double[] {0, 1},
                new double[][] {{1, 2}, {2, 3}}, false, ChartText.of(Locale.ENGLISH));
        int titleSize = chart.getTitle().getFont().getSize();
        int titleStyle = chart.getTitle().getFont().getStyle();

        ValueCharts.withFontFamily(chart, "Serif");

        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo("Serif");
        assertThat(chart.getTitle().getFont().getSize()).isEqualTo(titleSize);
        assertThat(chart.getTitle().getFont().getStyle()).isEqualTo(titleStyle);
        assertThat(chart.getXYPlot().getDomainAxis().getLabelFont().getFamily()).isEqualTo("Serif");
        assertThat(chart.getXYPlot().getRangeAxis().getTickLabelFont().getFamily()).isEqualTo("Serif");
        assertThat(chart.getLegend().getItemFont().getFamily()).isEqualTo("Serif");
    }
}
