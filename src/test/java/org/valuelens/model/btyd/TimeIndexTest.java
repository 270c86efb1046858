package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TimeIndexTest {

    @Test
    void distinctTimesAreSortedAndEveryValueFindsItsOwnIndex() {
        Random r = new Random(3);
        double[] tx = new double[50_000];
        double[] age = new double[50_000];
        for (int i = 0; i < tx.length; i++) {
            age[i] = r.nextInt(3_000) / 7.0; // weeks of whole days: thousands of distinct values, rehashing
            tx[i] = r.nextBoolean() ? 0.0 : age[i] * r.nextInt(2);
        }
        tx[5] = -0.0;
        TimeIndex index = TimeIndex.of(tx, age);

        TreeSet<Double> expected = new TreeSet<>();
        for (int i = 0; i < tx.length; i++) {
            expected.add(tx[i] + 0.0);
            expected.add(age[i]);
        }
        double[] times = index.times();
        assertThat(times).containsExactly(expected.stream().mapToDouble(Double::doubleValue).toArray());
        int[] txAt = index.indexesOf(tx);
        int[] ageAt = index.indexesOf(age);
        for (int i = 0; i < tx.length; i++) {
            assertThat(txAt[i]).isEqualTo(Arrays.binarySearch(times, tx[i] + 0.0));
            assertThat(times[ageAt[i]]).isEqualTo(age[i]);
        }
        assertThat(txAt[5]).as("-0.0 is the time 0").isEqualTo(Arrays.binarySearch(times, 0.0));
    }
}
