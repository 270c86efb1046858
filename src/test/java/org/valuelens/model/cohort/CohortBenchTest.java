package org.valuelens.model.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.Transaction;

/** Streams 10,000,000 synthetic transactions of 1,000,000 customers; prints the time (target: 10 s). */
@Tag("bench")
class CohortBenchTest {

    @Test
    void tenMillionTransactions() {
        int customers = 1_000_000;
        String[] ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = "C" + i;
        }
        String[] channels = {"search", "social", "email", null};
        LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
        LocalDateTime[] days = new LocalDateTime[1096];
        for (int d = 0; d < days.length; d++) {
            days[d] = base.plusDays(d).plusHours(d % 24);
        }
        SplittableRandom rnd = new SplittableRandom(1);
        CohortAnalyzer a = new CohortAnalyzer(CohortPeriod.MONTH, 0.3);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < 10_000_000; i++) {
            int c = rnd.nextInt(customers);
            a.add(new Transaction(ids[c], days[rnd.nextInt(days.length)], 5 + rnd.nextDouble() * 95, null, null,
                    null, channels[c & 3], null, i, false));
        }
        long t1 = System.nanoTime();
        CohortResult r = a.result(AcquisitionCosts.perChannel(java.util.Map.of("search", 1e6, "social", 5e5)));
        long t2 = System.nanoTime();
        long c2 = mx.getCurrentThreadCpuTime();
        System.out.printf("cohort bench: add 10M %.2f s, result %.2f s, total %.2f s (%d cohorts)%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, r.cohorts().size());
        System.out.printf("cohort bench: CPU time of the thread %.2f s (includes creating the 10M transactions); "
                        + "load average %.1f on %d cores%n", (c2 - c0) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        assertThat(r.transactions()).isEqualTo(10_000_000L);
        assertThat(r.cohorts().stream().mapToInt(Cohort::size).sum()).isEqualTo(r.customers());
    }
}
