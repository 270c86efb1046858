package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.storage.DatasetWriter;

class WriterHandOffTest {

    @TempDir
    Path dir;

    private static Transaction line(int i) {
        return new Transaction("C" + (i % 7), LocalDateTime.of(2024, 1, 1 + i % 28, 0, 0), i, null, null, null,
                null, null, i + 1L, false);
    }

    @Test
    void everyRowReachesTheWriterBeforeFinishReturns() throws Exception {
        int rows = 3 * WriterHandOff.BATCH + 17;
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"));
             DatasetWriter writer = ws.workspace().beginDataset("a.csv", "0".repeat(64));
             WriterHandOff handOff = new WriterHandOff(writer)) {
            for (int i = 0; i < rows; i++) {
                handOff.add(line(i));
            }
            handOff.finish();
            assertThat(writer.transactionCount()).isEqualTo(rows);
        }
    }

    @Test
    void aFailureOfTheWriterIsThrownOnTheCallingThread() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"));
             DatasetWriter writer = ws.workspace().beginDataset("b.csv", "1".repeat(64));
             WriterHandOff handOff = new WriterHandOff(writer)) {
            handOff.add(line(0));
            handOff.add("not a row");
            assertThatThrownBy(handOff::finish).isInstanceOf(ClassCastException.class);
        }
    }

    @Test
    void closingWithoutFinishStopsTheThreadAndDropsTheRest() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"));
             DatasetWriter writer = ws.workspace().beginDataset("c.csv", "2".repeat(64))) {
            WriterHandOff handOff = new WriterHandOff(writer);
            for (int i = 0; i < 2 * WriterHandOff.BATCH; i++) {
                handOff.add(line(i));
            }
            handOff.close();
            long taken = writer.transactionCount();
            assertThat(taken).isLessThanOrEqualTo(2L * WriterHandOff.BATCH);
            Thread.sleep(50);
            assertThat(writer.transactionCount()).as("nothing more after close").isEqualTo(taken);
        }
    }
}
