package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;

/**
 * The workspace file is written append-only (docs/decisions/0043-append-only-workspace-file.md); closing gives dead
 * space back when most of a large file is dead, and keeps every live dataset whole.
 */
class FileCompactionTest {

    private static final DatasetSummaryFields CSV = new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 0,
            "UTF-8", ",");

    @TempDir
    Path dir;

    private static int write(Workspace ws, String file, char hash, int lines) throws Exception {
        try (DatasetWriter w = ws.beginDataset(file, String.valueOf(hash).repeat(64))) {
            for (int i = 0; i < lines; i++) {
                // amounts and customers that do not compress to nothing
                w.transaction(new Transaction("C" + (i * 7_919L) % 200_003, LocalDate.of(2019, 1, 1)
                        .plusDays(i % 1_500).atTime(i % 24, i % 60), (i * 31L % 100_003) / 100.0, null, null,
                        null, null, null, i + 2L, false));
            }
            return w.commit(CSV).id();
        }
    }

    @Test
    void closingCompactsALargeFileThatIsMostlyDeadSpaceAndKeepsTheLiveDatasets() throws Exception {
        Path file = dir.resolve(Workspace.FILE_NAME);
        int big;
        int small;
        try (Workspace ws = Workspace.open(dir)) {
            big = write(ws, "big.csv", 'b', 1_500_000);
            small = write(ws, "small.csv", 's', 1_000);
        }
        long full = Files.size(file);
        assertThat(full).as("the big dataset makes a file above the compaction threshold")
                .isGreaterThan(FileCompaction.MIN_FILE_BYTES);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().list()).hasSize(2);
        }
        assertThat(Files.size(file)).as("a file that is mostly live is not compacted").isGreaterThanOrEqualTo(full);

        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().delete(big)).isTrue();
        }
        // H2 frees the deleted dataset's BLOBs when the database closes: the space shows as dead from then on, and
        // the next close gives it back
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().list()).extracting(DatasetInfo::id).containsExactly(small);
        }
        assertThat(Files.size(file)).as("after deleting the big dataset a close gives its space back")
                .isLessThan(full / 4);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.datasets().list()).extracting(DatasetInfo::id).containsExactly(small);
            long[] lines = {0};
            ws.rows().forEachLine(small, (key, day, amount, cost, channel, ret) -> lines[0]++);
            assertThat(lines[0]).isEqualTo(1_000);
            assertThat(ws.rows().ensureStore(small)).as("the store survived the compaction whole").isFalse();
        }
    }
}
