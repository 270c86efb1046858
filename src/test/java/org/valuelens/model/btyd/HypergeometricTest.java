package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HypergeometricTest {

    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "0.9", "0.999", "-0.5", "-3", "-50"})
    void oneOneTwoIsMinusLogOneMinusZOverZ(double z) {
        double expected = -Math.log1p(-z) / z;
        assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(expected, offset(1e-12 * Math.abs(expected)));
    }

    @ParameterizedTest
    @CsvSource({"0.7, 2.3, 0.3", "5.5, 1.2, 0.95", "120, 3.1, 0.6", "0.25, 4, -2"})
    void parameterEqualToCGivesPowerOfOneMinusZ(double a, double b, double z) {
        double expected = Math.pow(1 - z, -a);
        assertThat(Hypergeometric.hyp2f1(a, b, b, z)).isCloseTo(expected, offset(1e-11 * expected));
    }

    @Test
    void logVersionHandlesValuesBeyondDoubleRange() {
        // 2F1(a, b; b; z) = (1-z)^-a with a = 2000, z = 0.5: ln = 2000 ln 2, far above Double.MAX_VALUE
        assertThat(Hypergeometric.logHyp2f1(2000, 3, 3, 0.5)).isCloseTo(2000 * Math.log(2), offset(1e-8));
    }

    @Test
    void arcsinIdentityHolds() {
        // 2F1(1/2, 1/2; 3/2; z^2) = arcsin(z) / z
        double z = 0.8;
        assertThat(Hypergeometric.hyp2f1(0.5, 0.5, 1.5, z * z)).isCloseTo(Math.asin(z) / z, offset(1e-12));
    }

    @Test
    void terminatingSeriesIsAPolynomial() {
        // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
        double b = 1.7;
        double c = 2.9;
        double z = 0.4;
        double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertThat(Hypergeometric.hyp2f1(-2, b, c, z)).isCloseTo(expected, offset(1e-14));
    }

    @ParameterizedTest
    @CsvSource({"1e-4", "1e-6", "1e-10", "1e-14"})
    void oneOneTwoHoldsVeryCloseToOne(double gap) {
        double z = 1 - gap;
        double expected = -Math.log1p(-z) / z;
        assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(expected, offset(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"-1e3", "-1e6", "-1e9", "-1e14"})
    void oneOneTwoHoldsForLargeNegativeArguments(double z) {
        double expected = -Math.log1p(-z) / z;
        assertThat(Hypergeometric.hyp2f1(1, 1, 2, z)).isCloseTo(expected, offset(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.7, 2.3, 0.99999999", "0.7, 2.3, -1e6", "1.5, 2.5, -1e7", "0.35, 4.5, 0.9999999999"})
    void powerOfOneMinusZHoldsNearOneAndFarBelowZero(double a, double b, double z) {
        double expected = Math.pow(1 - z, -a);
        assertThat(Hypergeometric.hyp2f1(a, b, b, z)).isCloseTo(expected, offset(1e-11 * expected));
    }

    @ParameterizedTest
    @CsvSource({"0.99999", "0.999999999"})
    void arcsinIdentityHoldsNearOne(double x) {
        assertThat(Hypergeometric.hyp2f1(0.5, 0.5, 1.5, x * x)).isCloseTo(Math.asin(x) / x, offset(1e-11));
    }

    @ParameterizedTest
    @CsvSource({"150, 0.999999", "150, 0.9999", "40.5, 0.99999999", "150, -1e6", "3.5, -1e12"})
    void largeFirstParameterMatchesTheClosedFormOfCEqualTwo(double a, double z) {
        // 2F1(a, 1; 2; z) = [(1-z)^(1-a) - 1] / ((a-1) z), compared in logs (the values exceed 1e300)
        double logPower = (1 - a) * Math.log1p(-z);
        double expected = logPower > 0
                ? logPower + Math.log(-Math.expm1(-logPower)) - Math.log((a - 1) * z)
                : Math.log(-Math.expm1(logPower)) - Math.log(-(a - 1) * z);
        assertThat(Hypergeometric.logHyp2f1(a, 1, 2, z)).isCloseTo(expected, offset(1e-11 * Math.max(1,
                Math.abs(expected))));
    }

    @Test
    void rejectsArgumentAtOrAboveOne() {
        assertThatThrownBy(() -> Hypergeometric.hyp2f1(1, 1, 2, 1.0)).isInstanceOf(ArithmeticException.class);
    }
}
