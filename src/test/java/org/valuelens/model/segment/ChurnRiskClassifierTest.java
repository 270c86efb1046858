package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

class ChurnRiskClassifierTest {

    private final List<RealData.Line> lines = RealData.groceryLines();
    private final LocalDate end = RealData.lastDay(lines);
    private final List<CustomerSummary> grocery = RealData.summaries(lines, end);

    /** A P(alive) stand-in spread over 0..1 by customer position, independent of any model. */
    private double[] pAlive() {
        double[] p = new double[grocery.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i % 11) / 10.0;
        }
        return p;
    }

    @Test
    void crosstabMatchesAnIndependentLoopOnGrocery() {
        double[] p = pAlive();
        List<Double> gaps = new ArrayList<>();
        for (CustomerSummary c : grocery) {
            if (c.frequency() > 0) {
                gaps.add(ChronoUnit.DAYS.between(c.firstPurchase(), c.lastPurchase()) / (double) c.frequency());
            }
        }
        double[] g = gaps.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(g);
        double median = g.length % 2 == 1 ? g[g.length / 2] : (g[g.length / 2 - 1] + g[g.length / 2]) / 2;
        int[][] expected = new int[3][2];
        for (int i = 0; i < grocery.size(); i++) {
            CustomerSummary c = grocery.get(i);
            double own = c.frequency() == 0 ? median
                    : ChronoUnit.DAYS.between(c.firstPurchase(), c.lastPurchase()) / (double) c.frequency();
            boolean atRisk = ChronoUnit.DAYS.between(c.lastPurchase(), end) > 2.0 * own;
            int band = p[i] < 0.3 ? 0 : p[i] <= 0.7 ? 1 : 2;
            expected[band][atRisk ? 1 : 0]++;
        }
        ChurnResult r = ChurnRiskClassifier.at(end).classify(grocery, p);
        assertThat(r.populationMedianGapDays()).isEqualTo(median);
        assertThat(r.crosstab()).isDeepEqualTo(expected);
        assertThat(r.count(ChurnBand.HIGH_RISK, true)).isEqualTo(expected[0][1]);
    }

    @Test
    void cutoffsThemselvesFallInTheWatchBand() {
        ChurnRiskClassifier c = ChurnRiskClassifier.at(end);
        assertThat(c.band(0.3)).isEqualTo(ChurnBand.WATCH);
        assertThat(c.band(0.7)).isEqualTo(ChurnBand.WATCH);
        assertThat(c.band(0.2999)).isEqualTo(ChurnBand.HIGH_RISK);
        assertThat(c.band(0.7001)).isEqualTo(ChurnBand.ACTIVE);
        assertThat(c.withCutoffs(0.1, 0.9).band(0.8)).isEqualTo(ChurnBand.WATCH);
    }

    @Test
    void everyCustomerIsCountedOnceInTheCrosstab() {
        ChurnResult r = ChurnRiskClassifier.at(end).classify(grocery, pAlive());
        int total = Arrays.stream(r.crosstab()).flatMapToInt(Arrays::stream).sum();
        assertThat(total).isEqualTo(grocery.size());
        assertThat(r.assessments()).hasSize(grocery.size());
    }

    @Test
    void oneTimeBuyerIsComparedWithThePopulationMedianGap() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        CustomerSummary regular = new CustomerSummary("r", d, d.plusDays(20), null, 2, 1, 5, 0, 30, null, 3, 0, 0);
        CustomerSummary once = new CustomerSummary("o", d.plusDays(30), d.plusDays(30), null, 0, 0, 1, 0, 10, null, 1,
                0, 0);
        // median gap = 10 days; k = 2 → at risk after more than 20 days.
        ChurnResult r = ChurnRiskClassifier.at(d.plusDays(51)).classify(List.of(regular, once), null);
        assertThat(r.assessments().get(1).expectedGapDays()).isEqualTo(10.0);
        assertThat(r.assessments().get(1).hiatusAtRisk()).isTrue();
        assertThat(r.assessments().get(0).hiatusAtRisk()).isTrue();
        ChurnResult r2 = ChurnRiskClassifier.at(d.plusDays(50)).classify(List.of(regular, once), null);
        assertThat(r2.assessments().get(1).hiatusAtRisk()).isFalse();
        assertThat(r2.assessments().get(0).band()).isNull();
    }
}
