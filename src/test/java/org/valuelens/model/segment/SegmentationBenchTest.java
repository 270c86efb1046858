package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;

/** Value tiers, RFM, k-means (k suggested) and quadrant on 1,000,000 synthetic customers (target: 5 s). */
@Tag("bench")
class SegmentationBenchTest {

    @Test
    void allFourSegmentationsOnOneMillionCustomers() {
        int n = 1_000_000;
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2022, 12, 31);
        SplittableRandom rnd = new SplittableRandom(5);
        List<CustomerSummary> cs = new ArrayList<>(n);
        double[] clv = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDate first = start.plusDays(rnd.nextInt(900));
            int x = rnd.nextDouble() < 0.5 ? 0 : 1 + (int) (-Math.log(rnd.nextDouble()) * 4);
            LocalDate last = x == 0 ? first : first.plusDays(rnd.nextInt((int) (end.toEpochDay()
                    - first.toEpochDay()) + 1));
            double spend = 10 + Math.exp(3 + rnd.nextGaussian());
            double revenue = spend * (x + 1);
            cs.add(new CustomerSummary("C" + i, first, last, null, x, (last.toEpochDay() - first.toEpochDay()) / 7.0,
                    (end.toEpochDay() - first.toEpochDay()) / 7.0, x == 0 ? 0 : spend, revenue, null, x + 1, 0,
                    0));
            clv[i] = revenue * rnd.nextDouble();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ValueTierResult tiers = ValueTierSegmenter.defaults().segment(cs, clv);
        long t1 = System.nanoTime();
        RfmResult rfm = RfmScorer.at(end).score(cs);
        long t2 = System.nanoTime();
        KMeansResult km = KMeansSegmenter.at(end, 42L).segment(cs);
        long t3 = System.nanoTime();
        QuadrantResult quad = QuadrantSegmenter.defaults().withMargin(0.3).segment(cs);
        long t4 = System.nanoTime();
        long c4 = mx.getCurrentThreadCpuTime();
        System.out.printf("segmentation bench (1M customers): tiers %.2f s, RFM %.2f s, k-means %.2f s (k=%d, %d "
                        + "iterations), quadrant %.2f s, total %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, km.k(), km.iterations(), (t4 - t3) / 1e9, (t4 - t0) / 1e9);
        System.out.printf("segmentation bench: CPU time of the thread %.2f s; load average %.1f on %d cores%n",
                (c4 - c0) / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        assertThat(tiers.assignments()).hasSize(n);
        assertThat(rfm.scores()).hasSize(n);
        assertThat(km.assignments()).hasSize(n);
        assertThat(quad.points()).hasSize(n);
    }
}
