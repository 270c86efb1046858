package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link HistoryGroups} against a plain map of string keys, on times that share their low mantissa bits. */
class HistoryGroupsTest {

    @Test
    void groupsAsAMapOfTheTriplesInOrderOfFirstAppearance() {
        Random rnd = new Random(3);
        int n = 20_000;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(5);
            age[i] = (50 + rnd.nextInt(40)) / 7.0;
            tx[i] = x[i] == 0 ? 0 : rnd.nextInt(50) / 7.0;
        }
        for (boolean byRecency : new boolean[] {true, false}) {
            HistoryGroups groups = HistoryGroups.of(x, byRecency ? tx : null, age);
            Map<String, Integer> want = new HashMap<>();
            List<Integer> firsts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String key = x[i] + "/" + (byRecency ? tx[i] : "") + "/" + age[i];
                Integer g = want.get(key);
                if (g == null) {
                    g = want.size();
                    want.put(key, g);
                    firsts.add(i);
                }
                assertThat(groups.groupOfRows()[i]).as("row %d", i).isEqualTo(g);
            }
            assertThat(groups.size()).isEqualTo(want.size());
            assertThat(groups.firstRows()).containsExactly(firsts.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void zeroAndMinusZeroAreOneTime() {
        HistoryGroups groups = HistoryGroups.of(new int[] {0, 0, 1}, new double[] {0.0, -0.0, 0.0},
                new double[] {2, 2, 2});
        assertThat(groups.groupOfRows()).containsExactly(0, 0, 1);
    }
}
