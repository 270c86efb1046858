package org.valuelens.model.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.BgNbdFitter;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.GammaGammaFitter;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParameterCovariance;
import org.valuelens.model.progress.ProgressListener;

/**
 * The delta-method ranges cover the truth at about their stated rate: customer bases are simulated from known
 * BG/NBD and Gamma-Gamma parameters, both models are fitted, and the 90 % ranges of the whole base's expected
 * orders and predicted CLV (and of each customer's predicted CLV) are compared with the same figures computed at
 * the true parameters on the same histories.
 */
class DeltaMethodCoverageTest {

    private static final double[] TRUE_BG = {0.6, 5.0, 0.8, 2.5};
    private static final double[] TRUE_GG = {6.0, 4.0, 15.0};
    private static final int CUSTOMERS = 1_000;
    private static final int REPLICATIONS = 100;
    private static final PredictionSettings SETTINGS = new PredictionSettings(TimeUnit.WEEK, 0, 13, 52, 0.1, 0.9,
            0.5, 52);

    @Test
    void ninetyPercentRangesCoverTheTruthAboutNinetyPercentOfTheTime() {
        RandomGenerator rng = new MersenneTwister(20_261_203L);
        BgNbdModel truth = new BgNbdModel(TRUE_BG[0], TRUE_BG[1], TRUE_BG[2], TRUE_BG[3]);
        GammaGammaModel truthSpend = new GammaGammaModel(TRUE_GG[0], TRUE_GG[1], TRUE_GG[2]);
        int ordersCovered = 0;
        int clvCovered = 0;
        long customerCovered = 0;
        long customerCount = 0;
        for (int rep = 0; rep < REPLICATIONS; rep++) {
            List<CustomerSummary> base = simulate(rng);
            double[] margins = new double[base.size()];
            Arrays.fill(margins, 1.0);
            CalibrationData data = CalibrationData.of(base);
            FitResult<BgNbdModel> fit = new BgNbdFitter().fit(data);
            FitResult<GammaGammaModel> spendFit = new GammaGammaFitter().fit(base);
            double[] est = fit.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
            double[] spendEst = spendFit.parameters().values().stream().mapToDouble(Double::doubleValue).toArray();
            CustomerPredictions fitted = new Forecaster(fit.model(), ParameterCovariance.purchase("bg-nbd", data, est),
                    spendFit.model(), ParameterCovariance.spend(base, spendEst), SETTINGS)
                    .predict(base, margins, ProgressListener.NONE);
            CustomerPredictions exact = new Forecaster(truth, null, truthSpend, null, SETTINGS)
                    .predict(base, margins, ProgressListener.NONE);
            ordersCovered += covers(fitted.totalOrders(), exact.totalOrders().estimate()) ? 1 : 0;
            clvCovered += covers(fitted.totalClv(), exact.totalClv().estimate()) ? 1 : 0;
            for (int i = 0; i < base.size(); i++) {
                double t = exact.predictedClv(i);
                customerCovered += fitted.predictedClvLow(i) <= t && t <= fitted.predictedClvHigh(i) ? 1 : 0;
                customerCount++;
            }
        }
        double orders = (double) ordersCovered / REPLICATIONS;
        double clv = (double) clvCovered / REPLICATIONS;
        double perCustomer = (double) customerCovered / customerCount;
        // 100 replications: the binomial standard error of a 90 % rate is 3 points
        assertThat(orders).as("coverage of the base's expected orders").isBetween(0.80, 0.97);
        assertThat(clv).as("coverage of the base's predicted CLV").isBetween(0.80, 0.97);
        assertThat(perCustomer).as("coverage of each customer's predicted CLV").isBetween(0.80, 0.97);
    }

    private static boolean covers(Range r, double truth) {
        return r.low() <= truth && truth <= r.high();
    }

    /** Customers acquired over half a year, observed to week 52, buying and dropping out by BG/NBD. */
    private static List<CustomerSummary> simulate(RandomGenerator rng) {
        GammaDistribution lambdas = new GammaDistribution(rng, TRUE_BG[0], 1 / TRUE_BG[1]);
        BetaDistribution drops = new BetaDistribution(rng, TRUE_BG[2], TRUE_BG[3]);
        GammaDistribution nus = new GammaDistribution(rng, TRUE_GG[1], 1 / TRUE_GG[2]);
        List<CustomerSummary> out = new ArrayList<>(CUSTOMERS);
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int c = 0; c < CUSTOMERS; c++) {
            double age = 26 + 26 * rng.nextDouble();
            double lambda = lambdas.sample();
            double p = drops.sample();
            double nu = nus.sample();
            GammaDistribution amounts = new GammaDistribution(rng, TRUE_GG[0], 1 / nu);
            int x = 0;
            double tx = 0;
            double t = 0;
            double spent = 0;
            while (true) {
                t += -Math.log(rng.nextDouble()) / lambda;
                if (t > age) {
                    break;
                }
                x++;
                tx = t;
                spent += amounts.sample();
                if (rng.nextDouble() < p) {
                    break;
                }
            }
            double mean = x == 0 ? 0 : spent / x;
            out.add(new CustomerSummary("c" + c, start, start.plusDays((long) (tx * 7)), null, x, tx, age, mean,
                    spent, null, x + 1, 0, 0));
        }
        return out;
    }
}
