package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Checks analytic derivatives for {@link NewtonFinish} against central differences. */
final class DerivativeChecks {

    private DerivativeChecks() {
    }

    /**
     * Asserts that the gradient matches central differences of the value, and the Hessian central differences of
     * the gradient, to 1e-5 relative, at log-parameters {@code u}.
     */
    static void matchCentralDifferences(NewtonFinish.Derivatives d, double[] u, String where) {
        int k = u.length;
        double[] g = new double[k];
        double[][] h = new double[k][k];
        d.at(u, g, h);
        double step = 1e-4;
        for (int i = 0; i < k; i++) {
            double[] up = u.clone();
            double[] down = u.clone();
            up[i] += step;
            down[i] -= step;
            double[] gUp = new double[k];
            double[] gDown = new double[k];
            double numeric = (d.at(up, gUp, new double[k][k]) - d.at(down, gDown, new double[k][k])) / (2 * step);
            assertThat(g[i]).as("gradient %d at %s", i, where)
                    .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
            for (int j = 0; j < k; j++) {
                double numericH = (gUp[j] - gDown[j]) / (2 * step);
                assertThat(h[i][j]).as("hessian %d,%d at %s", i, j, where)
                        .isCloseTo(numericH, within(1e-5 * Math.max(1, Math.abs(numericH))));
            }
        }
    }
}
