package org.valuelens.model.btyd;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A test-only simulation of one customer's future under a purchase model, independent of the closed forms: draws
 * the latent (lambda, p) or (lambda, mu) from the prior, weights each draw by the likelihood of the customer's
 * history (x, t_x, T) (sampling-importance-resampling), draws whether the customer is alive at T from the
 * draw's own alive/dead likelihood split, and then simulates the purchase process forward event by event.
 */
final class PosteriorSimulation {

    /** Which model generates the data. */
    enum Kind { BG, MBG, PARETO }

    /** What the simulated futures show. */
    record Outcome(double pAlive, double meanCount, double pNoPurchase, double[] nextTimes, double pAgain,
                   double effectiveSize, int paths) {
    }

    private final Kind kind;
    private final double[] params;

    /**
     * @param kind   the model
     * @param params r, alpha, a, b (BG, MBG) or r, alpha, s, beta (Pareto)
     */
    PosteriorSimulation(Kind kind, double... params) {
        this.kind = kind;
        this.params = params.clone();
    }

    Outcome run(int x, double tx, double age, double from, double to, int priorDraws, int paths, long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        GammaDistribution lambdaPrior = new GammaDistribution(rng, params[0], 1 / params[1]);
        BetaDistribution pPrior = new BetaDistribution(rng, params[2], params[3]);
        GammaDistribution muPrior = new GammaDistribution(rng, params[2], 1 / params[3]);
        double[] lambda = new double[priorDraws];
        double[] second = new double[priorDraws];
        double[] logW = new double[priorDraws];
        double[] aliveGivenDraw = new double[priorDraws];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < priorDraws; i++) {
            lambda[i] = lambdaPrior.sample();
            second[i] = kind == Kind.PARETO ? muPrior.sample() : pPrior.sample();
            double[] parts = logParts(lambda[i], second[i], x, tx, age);
            double total = logSum(parts[0], parts[1]);
            logW[i] = total;
            aliveGivenDraw[i] = Math.exp(parts[0] - total);
            max = Math.max(max, total);
        }
        double[] cumulative = new double[priorDraws];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < priorDraws; i++) {
            double w = Math.exp(logW[i] - max);
            sum += w;
            sumSq += w * w;
            cumulative[i] = sum;
        }
        double ess = sum * sum / sumSq;
        int alive = 0;
        int none = 0;
        long count = 0;
        int again = 0;
        double[] next = new double[paths];
        for (int k = 0; k < paths; k++) {
            int i = Arrays.binarySearch(cumulative, rng.nextDouble() * sum);
            i = i < 0 ? -i - 1 : i;
            i = Math.min(i, priorDraws - 1);
            if (rng.nextDouble() >= aliveGivenDraw[i]) {
                none++;
                continue;
            }
            alive++;
            double[] path = forward(rng, lambda[i], second[i], from, to);
            count += (long) path[0];
            if (path[0] == 0) {
                none++;
            }
            if (!Double.isNaN(path[1])) {
                next[again++] = path[1];
            }
        }
        double[] times = Arrays.copyOf(next, again);
        Arrays.sort(times);
        return new Outcome((double) alive / paths, (double) count / paths, (double) none / paths, times,
                (double) again / paths, ess, paths);
    }

    /** @return {purchases in (from, to], time of the next purchase or NaN} for a customer alive at T */
    private double[] forward(RandomGenerator rng, double lambda, double second, double from, double to) {
        double death = kind == Kind.PARETO ? -Math.log(rng.nextDouble()) / second : Double.POSITIVE_INFINITY;
        double tau = -Math.log(rng.nextDouble()) / lambda;
        double nextTime = tau < death ? tau : Double.NaN;
        int inWindow = 0;
        while (tau <= to && tau < death) {
            if (tau > from) {
                inWindow++;
            }
            if (kind != Kind.PARETO && rng.nextDouble() < second) {
                break;
            }
            tau += -Math.log(rng.nextDouble()) / lambda;
        }
        return new double[] {inWindow, nextTime};
    }

    /** @return {ln L(history, alive at T), ln L(history, dead at T)} given the latent rates */
    private double[] logParts(double lambda, double second, int x, double tx, double age) {
        double common = x * Math.log(lambda);
        switch (kind) {
            case BG -> {
                double p = second;
                double aliveLog = common + x * Math.log1p(-p) - lambda * age;
                double deadLog = x == 0 ? Double.NEGATIVE_INFINITY
                        : common + Math.log(p) + (x - 1) * Math.log1p(-p) - lambda * tx;
                return new double[] {aliveLog, deadLog};
            }
            case MBG -> {
                double p = second;
                double aliveLog = common + (x + 1) * Math.log1p(-p) - lambda * age;
                double deadLog = common + Math.log(p) + x * Math.log1p(-p) - lambda * tx;
                return new double[] {aliveLog, deadLog};
            }
            default -> {
                double mu = second;
                double k = lambda + mu;
                double aliveLog = common - k * age;
                double deadLog = common + Math.log(mu) - Math.log(k) - k * tx + Math.log(-Math.expm1(-k * (age - tx)));
                return new double[] {aliveLog, deadLog};
            }
        }
    }

    private static double logSum(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }
}
