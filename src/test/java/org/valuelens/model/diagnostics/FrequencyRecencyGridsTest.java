package org.valuelens.model.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.btyd.BgNbdModel;

class FrequencyRecencyGridsTest {

    private final BgNbdModel bg = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);

    @Test
    void cellsHoldTheModelsPredictionsForACustomerOfAgeT() {
        FrequencyRecencyGrid g = FrequencyRecencyGrids.of(bg, 30, 39, 13, 52);
        assertThat(g.frequencies()).hasSize(31).startsWith(0, 1).endsWith(30);
        assertThat(g.recencies()).hasSize(14);
        assertThat(g.recencies()[0]).isZero();
        assertThat(g.recencies()[13]).isEqualTo(39.0);
        assertThat(g.recencies()[4]).isCloseTo(12.0, within(1e-12));
        // x = 26 would be the BTYD walkthrough's customer; here x = 10, t_x = 21, T = 39
        double tx = g.recencies()[7];
        assertThat(tx).isCloseTo(21.0, within(1e-12));
        assertThat(g.expected(10, 7)).isEqualTo(bg.expectedPurchases(52, 10, 21.0, 39));
        assertThat(g.alive(10, 7)).isEqualTo(bg.probabilityAlive(10, 21.0, 39));
        assertThat(g.alive(0, 0)).isEqualTo(1.0);
        assertThat(g.expected(0, 3)).isNaN();
        assertThat(g.alive(0, 13)).isNaN();
    }

    @Test
    void aliveRisesWithRecencyAndFallsWithFrequencyForAnOldLastPurchase() {
        FrequencyRecencyGrid g = FrequencyRecencyGrids.of(bg, 20, 39, 10, 10);
        for (int row = 1; row <= 20; row++) {
            for (int col = 1; col <= 10; col++) {
                assertThat(g.alive(row, col)).isGreaterThanOrEqualTo(g.alive(row, col - 1));
            }
        }
        assertThat(g.alive(20, 1)).isLessThan(g.alive(2, 1));
    }

    @Test
    void forDataUsesTheLargestAgeAndFrequencyCapped() {
        List<org.valuelens.model.CustomerSummary> cs = List.of(RepeatDistributionsTest.customer("a", 3, 10, 20),
                RepeatDistributionsTest.customer("b", 90, 30, 35));
        FrequencyRecencyGrid g = FrequencyRecencyGrids.forData(bg, cs, 13);
        assertThat(g.age()).isEqualTo(35.0);
        assertThat(g.horizon()).isEqualTo(13.0);
        assertThat(g.frequencies()).hasSize(FrequencyRecencyGrids.MAX_FREQUENCY_CAP + 1);
        assertThatThrownBy(() -> FrequencyRecencyGrids.forData(bg, List.of(), 13))
                .hasMessageContaining("no customers");
    }
}
