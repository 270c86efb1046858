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
    enum Kind { BG, MBG, PARETO, BG_CNBD, MBG_CNBD }

    /** What the simulated futures show. */
    record Outcome(double pAlive, double meanCount, double pNoPurchase, double[] nextTimes, double pAgain,
                   double effectiveSize, int paths) {
    }

    private final Kind kind;
    private final double[] params;
    private final int phases;

    /**
     * @param kind   the model
     * @param params r, alpha, a, b (BG, MBG) or r, alpha, s, beta (Pareto) or k, r, alpha, a, b (the CNBD-k kinds)
     */
    PosteriorSimulation(Kind kind, double... params) {
        this.kind = kind;
        boolean erlang = kind == Kind.BG_CNBD || kind == Kind.MBG_CNBD;
        this.phases = erlang ? (int) params[0] : 1;
        this.params = erlang ? java.util.Arrays.copyOfRange(params, 1, 5) : params.clone();
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
        double[][] phaseGivenAlive = new double[priorDraws][];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < priorDraws; i++) {
            lambda[i] = lambdaPrior.sample();
            second[i] = kind == Kind.PARETO ? muPrior.sample() : pPrior.sample();
            double[] parts = phases > 1 ? erlangParts(lambda[i], second[i], x, tx, age, phaseGivenAlive, i)
                    : logParts(lambda[i], second[i], x, tx, age);
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
            double[] path = forward(rng, lambda[i], second[i], from, to, phaseOf(rng, phaseGivenAlive[i]));
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

    /** @return the Erlang phase reached since the last purchase, drawn from its probabilities (0 without) */
    private static int phaseOf(RandomGenerator rng, double[] probabilities) {
        if (probabilities == null) {
            return 0;
        }
        double u = rng.nextDouble();
        int j = 0;
        while (j < probabilities.length - 1 && u >= probabilities[j]) {
            u -= probabilities[j++];
        }
        return j;
    }

    /** @return the sum of {@code n} exponential waits of rate lambda (an Erlang-n wait) */
    private static double erlang(RandomGenerator rng, int n, double lambda) {
        double t = 0;
        for (int i = 0; i < n; i++) {
            t -= Math.log(rng.nextDouble()) / lambda;
        }
        return t;
    }

    /**
     * (M)BG/CNBD-k: {ln L(alive at T), ln L(dead at T)} given lambda and p (the x Erlang-k inter-purchase densities
     * give lambda^(kx) e^(-lambda t_x) up to a factor free of lambda and p); alive in phase j adds the Poisson
     * probability of j phases in (t_x, T], and the phase probabilities given alive go to {@code phaseOut[i]}.
     */
    private double[] erlangParts(double lambda, double p, int x, double tx, double age, double[][] phaseOut, int i) {
        int k = phases;
        boolean modified = kind == Kind.MBG_CNBD;
        double common = k * x * Math.log(lambda) - lambda * tx;
        double gap = age - tx;
        double[] logPhase = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            logPhase[j] = -lambda * gap + (j == 0 ? 0 : j * Math.log(lambda * gap)
                    - org.apache.commons.math3.special.Gamma.logGamma(j + 1.0));
            max = Math.max(max, logPhase[j]);
        }
        double sum = 0;
        for (int j = 0; j < k; j++) {
            sum += Math.exp(logPhase[j] - max);
        }
        double[] probabilities = new double[k];
        for (int j = 0; j < k; j++) {
            probabilities[j] = Math.exp(logPhase[j] - max) / sum;
        }
        phaseOut[i] = probabilities;
        double logStay = max + Math.log(sum);
        double aliveLog = common + (x + (modified ? 1 : 0)) * Math.log1p(-p) + logStay;
        double deadLog = x == 0 && !modified ? Double.NEGATIVE_INFINITY
                : common + Math.log(p) + (x - (modified ? 0 : 1)) * Math.log1p(-p);
        return new double[] {aliveLog, deadLog};
    }

    /**
     * @param phase the Erlang phase reached at T (0 for the exponential models)
     * @return {purchases in (from, to], time of the next purchase or NaN} for a customer alive at T
     */
    private double[] forward(RandomGenerator rng, double lambda, double second, double from, double to, int phase) {
        double death = kind == Kind.PARETO ? -Math.log(rng.nextDouble()) / second : Double.POSITIVE_INFINITY;
        double tau = erlang(rng, phases - phase, lambda);
        double nextTime = tau < death ? tau : Double.NaN;
        int inWindow = 0;
        while (tau <= to && tau < death) {
            if (tau > from) {
                inWindow++;
            }
            if (kind != Kind.PARETO && rng.nextDouble() < second) {
                break;
            }
            tau += erlang(rng, phases, lambda);
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
