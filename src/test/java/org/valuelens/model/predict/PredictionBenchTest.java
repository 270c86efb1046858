package org.valuelens.model.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.BgNbdFitter;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.CnbdkFitter;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParameterCovariance;
import org.valuelens.model.btyd.ParetoNbdFitter;
import org.valuelens.model.btyd.PurchasePredictor;
import org.valuelens.model.progress.ProgressListener;

/**
 * Benchmark of issue 16's speed points (run with {@code mvn -Pbench test -Dtest=PredictionBenchTest}): for every
 * purchase model, the predictions of 1,000,000 customers after the fit (covariances, window figures, next-order
 * quartiles, CLV with delta-method ranges), and 10,000 next-order intervals (each customer's own root finding).
 * The models are fitted on the first 50,000 customers (the fit is not what is timed); BG/NBD, MBG/NBD and Pareto/NBD
 * on a BG/NBD process, the CNBD-k models on an Erlang-2 process, both in days with weeks as the unit. Prints wall
 * and process CPU seconds (all threads) and the load average; nothing is asserted about time.
 */
@Tag("bench")
class PredictionBenchTest {

    private static final int CUSTOMERS = 1_000_000;
    private static final int FIT_CUSTOMERS = 50_000;
    private static final int INTERVALS = 10_000;

    @Test
    void predictsAMillionCustomersWithEveryModel() {
        for (int k : new int[] {1, 2}) {
            Simulated sim = Simulated.of(CUSTOMERS, k, 42L + k);
            CalibrationData fitData = CalibrationData.of(sim.customers.subList(0, FIT_CUSTOMERS));
            double fitLitt = sim.littOfFirst;
            List<PurchasePredictor> models = k == 1
                    ? List.of(BgNbdFitter.bgNbd().fit(fitData).model(), BgNbdFitter.mbgNbd().fit(fitData).model(),
                    new ParetoNbdFitter().fit(fitData).model())
                    : List.of(CnbdkFitter.bgCnbdk().fit(fitData, fitLitt).model(),
                    CnbdkFitter.mbgCnbdk().fit(fitData, fitLitt).model());
            for (PurchasePredictor model : models) {
                run(model, sim.customers);
            }
        }
    }

    private static void run(PurchasePredictor model, List<CustomerSummary> customers) {
        GammaGammaModel spend = new GammaGammaModel(6.0, 4.0, 15.0);
        PredictionSettings settings = new PredictionSettings(TimeUnit.WEEK, 0, 90 / 7.0, 52, 0.1, 0.9, 0.5, 365 / 7.0);
        double[] margins = new double[customers.size()];
        java.util.Arrays.fill(margins, 0.3);
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        double[][] cov = ParameterCovariance.purchase(model, CalibrationData.of(customers));
        double[][] spendCov = ParameterCovariance.spend(customers, new double[] {spend.p(), spend.q(),
            spend.gamma()});
        long t1 = System.nanoTime();
        CustomerPredictions p = new Forecaster(model, cov, spend, spendCov, settings).predict(customers, margins,
                ProgressListener.NONE);
        long t2 = System.nanoTime();
        long cpu1 = cpu();
        double[] sink = new double[INTERVALS];
        IntStream.range(0, INTERVALS).parallel().forEach(i -> {
            CustomerSummary c = customers.get(i);
            double[] q = model.nextPurchaseQuantiles(new double[] {0.25, 0.5, 0.75}, c.frequency(), c.recency(),
                    c.age());
            sink[i] = q[0] + q[1] + q[2];
        });
        long t3 = System.nanoTime();
        long cpu2 = cpu();
        System.out.printf(Locale.ROOT, "BENCH %s predict %d customers: wall %.2f s (covariances %.2f s), cpu %.2f s;"
                + " 10k next-order intervals: wall %.2f s, cpu %.2f s; load %.1f on %d cores; orders %.0f, ranges %s%n",
                model, customers.size(), (t2 - t0) / 1e9, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, (t3 - t2) / 1e9,
                (cpu2 - cpu1) / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), p.totalOrders().estimate(),
                cov == null ? "none" : "delta method");
        assertThat(p.size()).isEqualTo(customers.size());
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Customers of a seeded (Erlang-k) BG/NBD process in days, first purchases over 12 weeks, data end day 272. */
    private record Simulated(List<CustomerSummary> customers, double littOfFirst) {
        static Simulated of(int n, int k, long seed) {
            MersenneTwister rng = new MersenneTwister(seed);
            GammaDistribution lambdas = new GammaDistribution(rng, 0.8, 1 / 4.0);
            BetaDistribution ps = new BetaDistribution(rng, 0.8, 2.5);
            Random random = new Random(seed);
            List<CustomerSummary> out = new ArrayList<>(n);
            LocalDate start = LocalDate.of(2024, 1, 1);
            double litt = 0;
            for (int i = 0; i < n; i++) {
                int first = random.nextInt(84);
                int ageDays = 272 - first;
                double lambdaPerDay = k * lambdas.sample() / 7.0;
                double p = ps.sample();
                double time = 0;
                int lastDay = 0;
                int count = 0;
                double customerLitt = 0;
                while (true) {
                    for (int j = 0; j < k; j++) {
                        time += -Math.log(1 - random.nextDouble()) / lambdaPerDay;
                    }
                    int day = (int) Math.floor(time);
                    if (day > ageDays) {
                        break;
                    }
                    if (day > lastDay) {
                        count++;
                        customerLitt += Math.log((day - lastDay) / 7.0);
                        lastDay = day;
                    }
                    if (random.nextDouble() < p) {
                        break;
                    }
                }
                if (i < FIT_CUSTOMERS) {
                    litt += customerLitt;
                }
                double m = 10 + 40 * random.nextDouble();
                LocalDate f = start.plusDays(first);
                out.add(new CustomerSummary("c" + i, f, f.plusDays(lastDay), null, count, lastDay / 7.0,
                        ageDays / 7.0, count > 0 ? m : 0, m * (count + 1), null, count + 1, 0, 0));
            }
            return new Simulated(out, litt);
        }
    }
}
