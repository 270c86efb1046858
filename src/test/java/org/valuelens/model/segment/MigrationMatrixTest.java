package org.valuelens.model.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationMatrixTest {

    @Test
    void countsMovesNewcomersAndLeavers() {
        Map<String, String> before = Map.of("a", "Gold", "b", "Gold", "c", "Stream", "d", "Burden");
        Map<String, String> after = Map.of("a", "Gold", "b", "Stream", "c", "Stream", "e", "Meteor");
        MigrationMatrix m = MigrationMatrix.between(before, after, List.of("Gold", "Meteor", "Stream", "Burden"));
        assertThat(m.fromLabels()).containsExactly("Gold", "Stream", "Burden", MigrationMatrix.NEW);
        assertThat(m.toLabels()).containsExactly("Gold", "Meteor", "Stream", MigrationMatrix.GONE);
        assertThat(m.count("Gold", "Gold")).isEqualTo(1);
        assertThat(m.count("Gold", "Stream")).isEqualTo(1);
        assertThat(m.count("Stream", "Stream")).isEqualTo(1);
        assertThat(m.count("Burden", MigrationMatrix.GONE)).isEqualTo(1);
        assertThat(m.count(MigrationMatrix.NEW, "Meteor")).isEqualTo(1);
        int total = 0;
        for (int[] row : m.counts()) {
            for (int v : row) {
                total += v;
            }
        }
        assertThat(total).isEqualTo(5);
    }

    @Test
    void rfmSegmentsOfTwoDatesCoverEveryCustomerOfBoth() {
        List<RealData.Line> lines = RealData.cdnowLines();
        java.time.LocalDate mid = java.time.LocalDate.of(1997, 12, 31);
        List<RealData.Line> early = lines.stream().filter(l -> !l.day().isAfter(mid)).toList();
        Map<String, String> before = RfmScorer.at(mid).score(RealData.summaries(early, mid)).segmentByCustomer();
        Map<String, String> after = RfmScorer.at(RealData.CDNOW_END)
                .score(RealData.summaries(lines, RealData.CDNOW_END)).segmentByCustomer();
        MigrationMatrix m = MigrationMatrix.between(before, after);
        int[][] c = m.counts();
        int newRow = 0;
        for (int v : c[c.length - 1]) {
            newRow += v;
        }
        int gone = 0;
        for (int[] row : c) {
            gone += row[row.length - 1];
        }
        assertThat(newRow).isZero();
        assertThat(gone).isZero();
        assertThat(java.util.Arrays.stream(c).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(before.size());
    }
}
