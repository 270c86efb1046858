package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numerical Hessian never evaluates the likelihood at a non-positive parameter, even at the lower wall. */
class StandardErrorStepTest {

    @Test
    void aParameterAtTheLowerWallIsNotSteppedBelowZero() {
        // a log-likelihood defined only for positive parameters, like every BTYD model's
        double[] p = {1e-9, 2.0};
        double[] se = MaxLikelihood.standardErrors(q -> {
            for (double v : q) {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("parameter must be > 0, was " + v);
                }
            }
            return -(Math.log(q[0]) * Math.log(q[0]) + (q[1] - 2) * (q[1] - 2));
        }, p);
        assertThat(se).hasSize(2);
    }
}
