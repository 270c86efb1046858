package org.valuelens.model.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.summary.ReturnsPolicy;

/**
 * Issue 17 speed: 10,000,000 synthetic lines of 1,000,000 customers and 4,000 products (skewed, line-item invoices
 * of about four lines) fed as primitives, as the columnar store would; times the order grouping and each analysis
 * (target: at most 5 s each for the first-product table, N-day value by cohort and affinity of the top 200).
 */
@Tag("bench")
class ProductBenchTest {

    @Test
    void tenMillionLines() {
        int customers = 1_000_000;
        int lines = 10_000_000;
        SplittableRandom rnd = new SplittableRandom(17);
        String[] channels = {"search", "social", "email", null};
        String[] invoices = new String[lines / 4 + 1];
        OrderBookBuilder b = new OrderBookBuilder(0.3, ReturnsPolicy.NET);
        b.ensureCapacity(lines);
        long t0 = System.nanoTime();
        int c = 0;
        int day = 0;
        for (int i = 0; i < lines; i++) {
            if (i % 4 == 0) {
                c = rnd.nextInt(customers);
                day = 18_000 + rnd.nextInt(730);
                invoices[i / 4] = Integer.toString(500_000 + i / 4);
            }
            double u = rnd.nextDouble();
            b.add(c, day, 3600, 5 + rnd.nextDouble() * 50, Double.NaN, channels[c & 3], invoices[i / 4],
                    (int) (4000 * u * u * u), -1, false);
        }
        long t1 = System.nanoTime();
        OrderBook book = b.build();
        long t2 = System.nanoTime();
        FirstProductTable first = new FirstProductAnalyzer().withMinCustomers(5).analyze(book, null, null);
        long t3 = System.nanoTime();
        LtvCohortTable ltv = new LtvCohortAnalyzer(LtvGrouping.MONTH, FirstProductAnalyzer.DEFAULT_DAYS, 1)
                .analyze(book, null);
        long t4 = System.nanoTime();
        java.util.List<AffinityPair> pairs = new AffinityAnalyzer(200, 3).analyze(book);
        long t5 = System.nanoTime();
        RepeatResult repeat = new RepeatAnalyzer(3, RepeatAnalyzer.DEFAULT_WITHIN).analyze(book);
        long t6 = System.nanoTime();
        System.out.printf("add %.2f s, group into %,d orders %.2f s, first products %.2f s, ltv by month %.2f s, "
                + "affinity top 200 %.2f s, repeat %.2f s, heap %d MB%n", (t1 - t0) / 1e9, book.orders(),
                (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9, (t6 - t5) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        assertThat(book.orders()).isEqualTo(lines / 4);
        assertThat(first.customers()).isEqualTo(ltv.average().customers());
        assertThat(pairs).isNotEmpty();
        assertThat(repeat.customers()).isEqualTo(first.customers());
    }
}
