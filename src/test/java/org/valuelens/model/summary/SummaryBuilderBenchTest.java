package org.valuelens.model.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;

/**
 * Prints the time to summarise 10 million synthetic lines over 1 million customers in random order (run with
 * {@code mvn -Pbench test -Dtest=SummaryBuilderBenchTest}). Wall-clock and this thread's CPU time are both printed
 * because the build machine is shared. Nothing is asserted about time.
 */
@Tag("bench")
class SummaryBuilderBenchTest {

    private static final int LINES = 10_000_000;
    private static final int CUSTOMERS = 1_000_000;

    @Test
    void summariseTenMillionLinesByStringId() {
        run(false);
    }

    @Test
    void summariseTenMillionLinesByRegisteredCode() {
        run(true);
    }

    private static void run(boolean byCode) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        SplittableRandom rnd = new SplittableRandom(20261123L);
        String[] ids = new String[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            ids[i] = "C" + (1_000_000 + i);
        }
        // the synthetic lines are drawn before timing, so only the builder is measured
        int[] who = new int[LINES];
        int[] day = new int[LINES];
        double[] amount = new double[LINES];
        boolean[] ret = new boolean[LINES];
        long startDay = LocalDate.of(2022, 1, 1).toEpochDay();
        for (int i = 0; i < LINES; i++) {
            who[i] = rnd.nextInt(CUSTOMERS);
            day[i] = (int) startDay + rnd.nextInt(1096);
            ret[i] = rnd.nextInt(50) == 0;
            amount[i] = ret[i] ? -rnd.nextDouble(50) : rnd.nextDouble(200);
        }
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.WEEK)
                .withCalibrationEnd(LocalDate.of(2024, 6, 30)));
        int[] codes = new int[CUSTOMERS];
        long w0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        if (byCode) {
            for (int i = 0; i < CUSTOMERS; i++) {
                codes[i] = b.registerCustomer(ids[i]);
            }
            for (int i = 0; i < LINES; i++) {
                b.add(codes[who[i]], day[i], amount[i], amount[i] * 0.6, "web", ret[i]);
            }
        } else {
            for (int i = 0; i < LINES; i++) {
                b.add(ids[who[i]], day[i], amount[i], amount[i] * 0.6, "web", ret[i]);
            }
        }
        long w1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        SummaryResult r = b.build();
        long w2 = System.nanoTime();
        long c2 = mx.getCurrentThreadCpuTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("SummaryBuilder bench (%s): add 10M lines %.2f s wall / %.2f s cpu, build %.2f s wall /"
                        + " %.2f s cpu, %d customers, heap used %d MB%n", byCode ? "registered codes" : "string ids",
                (w1 - w0) / 1e9, (c1 - c0) / 1e9, (w2 - w1) / 1e9, (c2 - c1) / 1e9, r.customers().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertThat(r.linesRead()).isEqualTo(LINES);
    }
}
