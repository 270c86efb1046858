package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (run with {@code mvn -Pbench test -Dtest=BtydBenchTest}): fits BG/NBD and Pareto/NBD on 1,000,000
 * simulated customers and prints the seconds. Times are not asserted; the estimates are checked loosely against
 * the simulating parameters so the run is meaningful.
 */
@Tag("bench")
class BtydBenchTest {

    private static final double R = 0.25;
    private static final double ALPHA = 4.0;
    private static final double A = 0.8;
    private static final double B = 2.5;

    /** BG/NBD process in days, weeks as the unit; acquisition spread over 12 weeks, calibration end day 272. */
    static CalibrationData simulate(int n, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        GammaDistribution lambdas = new GammaDistribution(rng, R, 1 / ALPHA);
        BetaDistribution ps = new BetaDistribution(rng, A, B);
        Random random = new Random(seed);
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            int first = random.nextInt(84);
            int ageDays = 272 - first;
            double lambdaPerDay = lambdas.sample() / 7.0;
            double p = ps.sample();
            double time = 0;
            int lastDay = 0;
            int count = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambdaPerDay;
                int day = (int) Math.floor(time);
                if (day > ageDays) {
                    break;
                }
                if (day > lastDay) {
                    count++;
                    lastDay = day;
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            x[i] = count;
            tx[i] = lastDay / 7.0;
            age[i] = ageDays / 7.0;
        }
        return CalibrationData.of(x, tx, age);
    }

    @Test
    void fitsAMillionCustomers() {
        long t0 = System.nanoTime();
        CalibrationData data = simulate(1_000_000, 42L);
        long t1 = System.nanoTime();
        FitResult<BgNbdModel> bg = BgNbdFitter.bgNbd().fit(data);
        long t2 = System.nanoTime();
        FitResult<ParetoNbdModel> pareto = new ParetoNbdFitter().fit(data);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "BENCH customers=%d uniqueRows=%d simulate+group=%.2fs bgnbd=%.2fs "
                + "pareto=%.2fs%n", data.customers(), data.rows(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        System.out.println("BENCH bg-nbd " + bg.parameters() + " LL " + bg.logLikelihood());
        long t4 = System.nanoTime();
        double[] bgAt = {R, ALPHA, A, B};
        for (int i = 0; i < 20; i++) {
            BgNbdFitter.logLikelihood(data, bgAt, false);
        }
        long t5 = System.nanoTime();
        ParetoNbdFitter.Cells cells = ParetoNbdFitter.Cells.of(data);
        double[] parAt = {pareto.parameter("r"), pareto.parameter("alpha"), pareto.parameter("s"),
            pareto.parameter("beta")};
        for (int i = 0; i < 5; i++) {
            ParetoNbdFitter.logLikelihood(data, cells, parAt);
        }
        long t6 = System.nanoTime();
        System.out.printf(Locale.ROOT, "BENCH one likelihood evaluation: bgnbd=%.1fms pareto=%.1fms (%d 2F1 cells);"
                + " system load average %.1f on %d cores%n", (t5 - t4) / 20e6, (t6 - t5) / 5e6, cells.x().length,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("BENCH pareto-nbd " + pareto.parameters() + " LL " + pareto.logLikelihood());
        // day-discretised data: loose recovery of the simulating r and a
        assertThat(bg.parameter("r")).isBetween(0.2, 0.3);
        assertThat(bg.parameter("a")).isBetween(0.6, 1.0);
    }
}
