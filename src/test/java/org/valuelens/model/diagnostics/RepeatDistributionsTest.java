package org.valuelens.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.validation.HoldoutValidatorTest;

class RepeatDistributionsTest {

    @Test
    void cdnowCountsAreThePublishedOnesAndTheModelsCloseToThem() throws Exception {
        SummaryResult cdnow = HoldoutValidatorTest.cdnow();
        List<CustomerSummary> customers = cdnow.customers();
        long[] published = {1411, 439, 214, 100, 62, 38, 29, 64}; // PUBLISHED.md
        for (PurchaseModel model : List.of(new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262),
                new ParetoNbdModel(0.5534, 10.580, 0.6061, 11.656))) {
            RepeatDistribution d = RepeatDistributions.of(model, customers, 8);
            assertThat(d.customers()).isEqualTo(2357);
            assertThat(d.buckets()).extracting(RepeatBucket::label)
                    .containsExactly("0", "1", "2", "3", "4", "5", "6", "7+");
            double total = 0;
            for (int x = 0; x < 8; x++) {
                RepeatBucket b = d.buckets().get(x);
                assertThat(b.actual()).isEqualTo(published[x]);
                // both published fits reproduce the calibration histogram well (FHL 2005, figure 3)
                assertThat(b.expected()).as("%s %s", model.id(), b.label())
                        .isCloseTo(b.actual(), within(0.2 * b.actual() + 12));
                total += b.expected();
            }
            assertThat(total).isCloseTo(2357, within(1e-6));
        }
    }

    @Test
    void expectedCountsAreTheSumOfEachCustomersOwnProbabilities() {
        BgNbdModel bg = new BgNbdModel(0.3, 4, 0.8, 2.5);
        List<CustomerSummary> customers = List.of(customer("a", 0, 0, 10), customer("b", 2, 5, 30),
                customer("c", 9, 20, 30), customer("d", 1, 3, 52));
        RepeatDistribution d = RepeatDistributions.of(bg, customers, 4);
        for (int x = 0; x < 3; x++) {
            double expected = 0;
            for (double t : new double[] {10, 30, 30, 52}) {
                expected += bg.probabilityOfPurchases(x, t);
            }
            assertThat(d.buckets().get(x).expected()).isCloseTo(expected, within(1e-12));
        }
        assertThat(d.buckets()).extracting(RepeatBucket::actual).containsExactly(1L, 1L, 1L, 1L);
        assertThat(d.buckets().get(3).label()).isEqualTo("3+");
    }

    static CustomerSummary customer(String id, int x, double tx, double age) {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1);
        return new CustomerSummary(id, day, day, null, x, tx, age, 0, 0, null, x + 1, 0, 0);
    }
}
