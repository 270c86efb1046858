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

    private static DatasetWriter begin(WorkspaceService ws, String name, String hash) throws ServiceException {
        try {
            return ws.workspace().beginDataset(name, hash);
        } catch (org.valuelens.storage.StorageException e) {
            throw new ServiceException(e.getMessage(), e);
        }
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

    @Test
    void rowsReadWhileTheWriterOpensOnTheOtherThreadAllArriveInOrder() throws Exception {
        int rows = 5 * WriterHandOff.BATCH + 3;
        try (WorkspaceService ws = WorkspaceService.openInBackground(dir.resolve("ws"))) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            DatasetWriter writer;
            try (WriterHandOff handOff = new WriterHandOff(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return begin(ws, "d.csv", "3".repeat(64));
            })) {
                for (int i = 0; i < rows; i++) {
                    handOff.add(line(i));
                }
                assertThat(handOff.writer()).as("not open yet: the rows wait in the queue").isNull();
                go.countDown();
                handOff.finish();
                writer = handOff.writer();
                assertThat(writer.transactionCount()).isEqualTo(rows);
                writer.commit(new org.valuelens.storage.DatasetSummaryFields(null, "TRANSACTIONS", "{}", rows,
                        "UTF-8", ","));
            }
            java.util.List<Transaction> read = new java.util.ArrayList<>();
            ws.forEachTransaction(ws.listDatasets().get(0).id(), false, read::add);
            assertThat(read).hasSize(rows);
            for (int i = 0; i < rows; i++) {
                assertThat(read.get(i).sourceRow()).isEqualTo(i + 1L);
            }
        }
    }

    @Test
    void aFailedOpeningIsThrownByAwaitOpenedAndTheRowsAreDropped() throws Exception {
        ServiceException refused = new ServiceException("e.csv has already been imported as dataset 1.");
        WriterHandOff handOff = new WriterHandOff(() -> {
            throw refused;
        });
        try (handOff) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100 * WriterHandOff.BATCH; i++) {
                    handOff.add(line(i));
                }
                handOff.finish();
            }).isSameAs(refused);
            assertThatThrownBy(handOff::awaitOpened).isSameAs(refused);
            assertThat(handOff.writer()).isNull();
        }
    }

    @Test
    void closingWithoutFinishDiscardsTheDatasetTheHandOffOpened() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"))) {
            try (WriterHandOff handOff = new WriterHandOff(
                    () -> begin(ws, "f.csv", "4".repeat(64)))) {
                for (int i = 0; i < 3 * WriterHandOff.BATCH; i++) {
                    handOff.add(line(i));
                }
                handOff.awaitOpened();
            }
            assertThat(ws.listDatasets()).isEmpty();
            assertThat(org.valuelens.storage.TableSnapshot.rows(dir.resolve("ws"), "datasets")).isZero();
        }
    }
}
