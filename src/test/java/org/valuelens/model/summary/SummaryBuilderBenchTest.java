package org.valuelens.model.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;

/** Prints the time to summarise 10 million synthetic lines (run with {@code mvn -Pbench test}); not asserted. */
@Tag("bench")
class SummaryBuilderBenchTest {

    @Test
    void summariseTenMillionLines() {
        int lines = 10_000_000;
        int customers = 1_000_000;
        SplittableRandom rnd = new SplittableRandom(20261123L);
        String[] ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = "C" + (1_000_000 + i);
        }
        long startDay = LocalDate.of(2022, 1, 1).toEpochDay();
        SummaryBuilder b = new SummaryBuilder(SummarySettings.of(TimeUnit.WEEK)
                .withCalibrationEnd(LocalDate.of(2024, 6, 30)));
        long t0 = System.nanoTime();
        for (int i = 0; i < lines; i++) {
            boolean ret = rnd.nextInt(50) == 0;
            double amount = ret ? -rnd.nextDouble(50) : rnd.nextDouble(200);
            b.add(ids[rnd.nextInt(customers)], startDay + rnd.nextInt(1096), amount, amount * 0.6, "web", ret);
        }
        long t1 = System.nanoTime();
        SummaryResult r = b.build();
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("SummaryBuilder bench: add 10M lines %.2f s, build %.2f s, %d customers, heap used %d MB%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.customers().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertThat(r.linesRead()).isEqualTo(lines);
    }
}
