package org.valuelens.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ScatterToolTipsTest {

    @Test
    void tooltipsReadAsJFreeChartsOwnGeneratorWritesThem() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries gold = new XYSeries("Gold", false);
        gold.add(3, 1234.5);
        gold.add(12, -7.25);
        XYSeries burden = new XYSeries("负担", false);
        burden.add(0, 0.004);
        data.addSeries(gold);
        data.addSeries(burden);
        for (Locale locale : new Locale[] {Locale.US, Locale.forLanguageTag("ru"), Locale.SIMPLIFIED_CHINESE}) {
            NumberFormat ints = NumberFormat.getIntegerInstance(locale);
            NumberFormat money = NumberFormat.getCurrencyInstance(locale);
            StandardXYToolTipGenerator standard = new StandardXYToolTipGenerator("{0}: {1} × {2}", ints, money);
            ScatterToolTips fast = new ScatterToolTips(ints, money);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    assertThat(fast.generateToolTip(data, s, i)).isEqualTo(standard.generateToolTip(data, s, i));
                }
            }
        }
        ScatterToolTips us = new ScatterToolTips(NumberFormat.getIntegerInstance(Locale.US),
                NumberFormat.getCurrencyInstance(Locale.US));
        assertThat(us.generateToolTip(data, 0, 0)).isEqualTo("Gold: 3 × $1,234.50");
    }
}
