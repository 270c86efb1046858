package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Pareto/NBD dead integral against closed forms and independent quadrature. */
class ParetoIntegralTest {

    private static double logJ(double alpha, double p, double beta, double q, double y0, double y1) {
        return new ParetoIntegral.Integrand(alpha, p, beta, q).logIntegral(y0, y1);
    }

    @ParameterizedTest
    @CsvSource({"3, 2.7, 1.6, 0.5, 40", "0.001, 0.55, 0.7, 0, 52", "20, 180.5, 1.1, 60, 60.142857",
        "1e4, 1.2, 3, 0, 1"})
    void equalScalesGiveAPowerDifference(double scale, double p, double q, double y0, double y1) {
        // (k+t)^-(p+q) integrates to [(k+y0)^(1-p-q) - (k+y1)^(1-p-q)] / (p+q-1)
        double e = 1 - p - q;
        double lnA = e * Math.log(scale + y0);
        double lnB = e * Math.log(scale + y1);
        double expected = lnA + Math.log(-Math.expm1(lnB - lnA)) - Math.log(p + q - 1);
        assertThat(logJ(scale, p, scale, q, y0, y1))
                .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest
    @CsvSource({"0.001, 1000, 0, 52", "1000, 0.001, 0, 52", "1e-7, 1e7, 0.142857, 104", "2, 5, 10, 10.1"})
    void unitExponentsGiveTheLogOfTheRatio(double alpha, double beta, double y0, double y1) {
        // 1/((a+t)(b+t)) integrates to ln((a+t)/(b+t)) / (b-a)
        double expected = Math.log((Math.log((alpha + y1) / (beta + y1)) - Math.log((alpha + y0) / (beta + y0)))
                / (beta - alpha));
        assertThat(logJ(alpha, 1, beta, 1, y0, y1)).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-13));
    }

    @Test
    void squaredExponentMatchesPartialFractions() {
        // 1/((a+t)^2 (b+t)) = -1/d^2 /(a+t) - 1/d /(a+t)^2 + 1/d^2 /(b+t), d = b - a
        double a = 50;
        double b = 0.02;
        double d = b - a;
        double y0 = 1.0 / 7;
        double y1 = 78;
        double expected = Math.log(primitive(a, b, d, y1) - primitive(a, b, d, y0));
        assertThat(logJ(a, 2, b, 1, y0, y1)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    private static double primitive(double a, double b, double d, double t) {
        return (Math.log(b + t) - Math.log(a + t)) / (d * d) - 1 / (d * (a + t));
    }

    @ParameterizedTest
    @CsvSource({"0.5534, 10.58, 0.6061, 11.656, 0, 0, 31", "0.5534, 10.58, 0.6061, 11.656, 26, 30.86, 31",
        "0.5534, 10.58, 0.6061, 11.656, 150, 30, 70", "0.8, 3, 1.3, 7, 2, 5, 12", "0.8, 9, 1.3, 2, 2, 5, 12"})
    void agreesWithTheHypergeometricDifferenceWhereTheSeriesIsShort(double r, double alpha, double s, double beta,
                                                                    int x, double tx, double age) {
        // s/(r+s+x) [F(t_x) - F(T)] of the Fader-Hardie-Lee note, with 2F1 summed as a plain series (z small here)
        double lnF1 = logF(r, alpha, s, beta, x, tx);
        double lnF2 = logF(r, alpha, s, beta, x, age);
        double expected = lnF1 + Math.log(-Math.expm1(lnF2 - lnF1)) - Math.log(r + s + x);
        assertThat(ParetoIntegral.logDead(r, alpha, s, beta, x, tx, age))
                .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
    }

    private static double logF(double r, double alpha, double s, double beta, int x, double y) {
        double rsx = r + s + x;
        if (alpha >= beta) {
            return Math.log(series(rsx, s + 1, rsx + 1, (alpha - beta) / (alpha + y))) - rsx * Math.log(alpha + y);
        }
        return Math.log(series(rsx, r + x, rsx + 1, (beta - alpha) / (beta + y))) - rsx * Math.log(beta + y);
    }

    private static double series(double a, double b, double c, double z) {
        double sum = 1;
        double term = 1;
        for (int n = 0; n < 100_000 && Math.abs(term) > 1e-18 * sum; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"1e-4, 0.55, 500, 1.6, 0, 60", "0.05, 3.2, 2000, 1.05, 0.142857, 90", "80, 40.5, 1e-3, 2.5, 10, 11",
        "1e-9, 0.3, 1e9, 1.01, 0, 104", "1e-3, 120.5, 1e3, 1.5, 20, 104"})
    void extremeScaleRatiosMatchFineSimpsonQuadrature(double alpha, double p, double beta, double q,
                                                      double y0, double y1) {
        // composite Simpson on 400,000 intervals in v = ln(t + min scale), an independent plain rule
        double k = Math.min(alpha, beta);
        double v0 = Math.log(k + y0);
        double v1 = Math.log(k + y1);
        int n = 400_000;
        double h = (v1 - v0) / n;
        double ref = logIntegrand(alpha, p, beta, q, k, v0);
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * Math.exp(logIntegrand(alpha, p, beta, q, k, v0 + i * h) - ref);
        }
        double expected = ref + Math.log(sum * h / 3);
        assertThat(logJ(alpha, p, beta, q, y0, y1)).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    /** ln of (alpha+t)^-p (beta+t)^-q dt/dv with t = e^v - k. */
    private static double logIntegrand(double alpha, double p, double beta, double q, double k, double v) {
        double t = Math.max(0, Math.exp(v) - k);
        return -p * Math.log(alpha + t) - q * Math.log(beta + t) + v;
    }

    @Test
    void emptyIntervalHasNoDeadPart() {
        assertThat(ParetoIntegral.logDead(0.5, 10, 0.6, 11, 3, 31, 31)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
