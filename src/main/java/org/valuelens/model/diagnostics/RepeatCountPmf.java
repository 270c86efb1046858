package org.valuelens.model.diagnostics;

import java.util.Objects;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Beta;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.MbgNbdModel;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.btyd.PurchaseModel;

/**
 * P(X(t) = x), the distribution of the number of repeat purchases of a newly acquired customer in {@code (0, t]},
 * analytically for every purchase model (as CLVTools does; lifetimes simulates instead).
 *
 * <p>BG-type models (BG/NBD, MBG/NBD, BG/CNBD-k, MBG/CNBD-k): while alive the Erlang-k phases form a Poisson
 * process, so mixed over {@code lambda ~ Gamma(r, alpha)} the phase count M(t) is negative binomial and
 * {@code X(t) = floor(M(t) / k)}. With drop-out checks after each repeat purchase (and, when modified, also right
 * after the first: shift {@code s = 1}) and {@code p ~ Beta(a, b)}:
 * {@code P(X=x) = B(a, b+x+s)/B(a,b) P(kx <= M < kx+k) + [x+s >= 1] B(a+1, b+x+s-1)/B(a,b) P(M >= kx)}
 * (FHL 2005 eq. 8 for k = 1, s = 0).
 *
 * <p>Pareto/NBD: purchase rate and lifetime are independent, the lifetime {@code tau} is Lomax(s, beta), so
 * {@code P(X=x) = (beta/(beta+t))^s NB(x; t) + integral_0^t s beta^s (beta+u)^-(s+1) NB(x; u) du}, integrated by
 * composite Gauss-Legendre quadrature. Immutable.
 */
public final class RepeatCountPmf {

    private static final int PIECES = 24;
    private static final GaussIntegrator UNIT = new GaussIntegratorFactory().legendre(12, 0, 1);

    private final PurchaseModel model;

    /**
     * @param model BG/NBD, MBG/NBD, Pareto/NBD, BG/CNBD-k or MBG/CNBD-k ({@code null} not permitted)
     * @throws IllegalArgumentException for another model
     */
    public RepeatCountPmf(PurchaseModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (!supports(model)) {
            throw new IllegalArgumentException("The model " + model.id() + " has no distribution of repeat purchases"
                    + " here.");
        }
    }

    /**
     * @param model a model ({@code null} not permitted)
     * @return whether {@link #probabilities} can be computed for it
     */
    public static boolean supports(PurchaseModel model) {
        return model instanceof BgNbdModel || model instanceof MbgNbdModel || model instanceof CnbdkModel
                || model instanceof ParetoNbdModel;
    }

    /**
     * @param t    a duration in model units ({@code >= 0}, finite)
     * @param maxX the largest count listed separately ({@code >= 0})
     * @return P(X(t) = x) for x = 0 .. maxX - 1 and, at index maxX, P(X(t) >= maxX); they sum to 1
     */
    public double[] probabilities(double t, int maxX) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("duration must be finite and >= 0, was " + t);
        }
        if (maxX < 0) {
            throw new IllegalArgumentException("maxX must be >= 0, was " + maxX);
        }
        double[] p;
        if (model instanceof ParetoNbdModel m) {
            p = pareto(m, t, maxX);
        } else if (model instanceof BgNbdModel m) {
            p = bgType(1, m.r(), m.alpha(), m.a(), m.b(), 0, t, maxX);
        } else if (model instanceof MbgNbdModel m) {
            p = bgType(1, m.r(), m.alpha(), m.a(), m.b(), 1, t, maxX);
        } else {
            CnbdkModel m = (CnbdkModel) model;
            p = bgType(m.k(), m.r(), m.alpha(), m.a(), m.b(), m.modified() ? 1 : 0, t, maxX);
        }
        double head = 0;
        for (int x = 0; x < maxX; x++) {
            p[x] = Math.max(0, p[x]);
            head += p[x];
        }
        p[maxX] = Math.max(0, 1 - head);
        return p;
    }

    /** P(X=x) for x < maxX; index maxX left for the caller. */
    private static double[] bgType(int k, double r, double alpha, double a, double b, int s, double t, int maxX) {
        double[] nb = negativeBinomial(r, alpha, t, k * maxX);
        double[] p = new double[maxX + 1];
        double logB = Beta.logBeta(a, b);
        double below = 0; // P(M < kx)
        for (int x = 0; x < maxX; x++) {
            double band = 0;
            for (int m = k * x; m < k * x + k; m++) {
                band += nb[m];
            }
            double stay = Math.exp(Beta.logBeta(a, b + x + s) - logB) * band;
            double drop = x + s >= 1 ? Math.exp(Beta.logBeta(a + 1, b + x + s - 1) - logB) * Math.max(0, 1 - below)
                    : 0;
            p[x] = stay + drop;
            below += band;
        }
        return p;
    }

    /** NB(m; t) = P(M(t) = m) for m = 0 .. n - 1, M Poisson(lambda t) with lambda ~ Gamma(r, alpha). */
    static double[] negativeBinomial(double r, double alpha, double t, int n) {
        double[] nb = new double[n];
        if (n == 0) {
            return nb;
        }
        double q = t / (alpha + t);
        double logP = r * (Math.log(alpha) - Math.log(alpha + t));
        nb[0] = Math.exp(logP);
        double log = logP;
        for (int m = 1; m < n; m++) {
            log += Math.log((r + m - 1) / m) + (q > 0 ? Math.log(q) : Double.NEGATIVE_INFINITY);
            nb[m] = Math.exp(log);
        }
        return nb;
    }

    private static double[] pareto(ParetoNbdModel m, double t, int maxX) {
        double[] p = new double[maxX + 1];
        if (maxX == 0) {
            return p;
        }
        double[] atEnd = negativeBinomial(m.r(), m.alpha(), t, maxX);
        double survive = Math.exp(m.s() * (Math.log(m.beta()) - Math.log(m.beta() + t)));
        for (int x = 0; x < maxX; x++) {
            p[x] = survive * atEnd[x];
        }
        if (t == 0) {
            return p;
        }
        double width = t / PIECES;
        for (int piece = 0; piece < PIECES; piece++) {
            for (int i = 0; i < UNIT.getNumberOfPoints(); i++) {
                double u = (piece + UNIT.getPoint(i)) * width;
                double density = m.s() / (m.beta() + u) * Math.exp(m.s() * (Math.log(m.beta())
                        - Math.log(m.beta() + u)));
                double w = UNIT.getWeight(i) * width * density;
                double[] nb = negativeBinomial(m.r(), m.alpha(), u, maxX);
                for (int x = 0; x < maxX; x++) {
                    p[x] += w * nb[x];
                }
            }
        }
        return p;
    }
}
