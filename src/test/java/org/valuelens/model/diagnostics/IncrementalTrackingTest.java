package org.valuelens.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.HoldoutValidator;
import org.valuelens.model.validation.HoldoutValidatorTest;
import org.valuelens.model.validation.TrackingPoint;

/** The per-period (incremental) tracking shown beside the cumulative one adds up to it on CDNOW. */
class IncrementalTrackingTest {

    @Test
    void incrementsSumToTheCumulativeCurves() throws Exception {
        SummaryResult s = HoldoutValidatorTest.cdnow();
        CumulativeTracking t = HoldoutValidator.track(new ParetoNbdModel(0.5534, 10.580, 0.6061, 11.656),
                s.firstPurchaseOffsets(), s.repeatPurchasesPerPeriod(), TimeUnit.WEEK);
        double actual = 0;
        double predicted = 0;
        for (TrackingPoint p : t.points()) {
            actual += p.actual();
            predicted += p.predicted();
            assertThat(p.actual()).isGreaterThanOrEqualTo(0);
            assertThat(p.predicted()).isGreaterThanOrEqualTo(0);
            assertThat(actual).isEqualTo(p.actualCumulative());
            assertThat(predicted).isCloseTo(p.predictedCumulative(), within(1e-9 * (1 + predicted)));
        }
        // the per-period actuals are the weekly repeat purchases of the data
        long[] weekly = s.repeatPurchasesPerPeriod();
        for (int k = 0; k < weekly.length; k++) {
            assertThat(t.points().get(k).actual()).isEqualTo(weekly[k]);
        }
    }
}
