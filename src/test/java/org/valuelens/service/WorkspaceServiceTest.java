package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

class WorkspaceServiceTest {

    @TempDir
    Path tmp;

    private ImportOutcome importLines(WorkspaceService ws, String name, String... lines) throws Exception {
        List<String> all = new ArrayList<>(List.of("customer,date,amount"));
        all.addAll(List.of(lines));
        Path file = Files.write(tmp.resolve(name), all, StandardCharsets.UTF_8);
        return new ImportService(ws, new FakeCsvSource()).importFile(ImportRequest.of(file), false,
                ProgressListener.NONE);
    }

    @Test
    void rejectedRowsAreExportedToCsvWithTheirReasonAndRawText() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            ImportOutcome out = importLines(ws, "r.csv", "A,2022-01-01,5", "B,2022-01-xx,7", "C,2022-01-03,\"x\"");
            Path csv = tmp.resolve("rejected.csv");
            long n = ws.exportRejected(out.datasetId(), csv);
            assertThat(n).isEqualTo(2);
            assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                    "source_row,sheet,reason,column,message,raw_text",
                    "3,,bad-date,date,Row 3 of r.csv is not valid.,\"B,2022-01-xx,7\"",
                    "4,,bad-number,amount,Row 4 of r.csv is not valid.,\"C,2022-01-03,\"\"x\"\"\"");
        }
    }

    @Test
    void datasetDetailsSurviveReopeningTheWorkspace() throws Exception {
        Path dir = tmp.resolve("ws");
        int id;
        try (WorkspaceService ws = WorkspaceService.open(dir)) {
            id = importLines(ws, "d.csv", "A,2022-01-01,5", "A,2022-03-01,-2", "B,2022-02-01,7").datasetId();
        }
        try (WorkspaceService ws = WorkspaceService.open(dir)) {
            DatasetDetails d = ws.dataset(id).orElseThrow();
            assertThat(d.fileName()).isEqualTo("d.csv");
            assertThat(d.rowsImported()).isEqualTo(3);
            assertThat(d.returns()).isEqualTo(1);
            assertThat(d.customers()).isEqualTo(2);
            assertThat(d.columnMapping()).contains("\"CUSTOMER_ID\":\"customer\"");
        }
    }

    @Test
    void transactionsStreamBackGroupedByCustomerInTimeOrder() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            int id = importLines(ws, "t.csv", "B,2022-05-01,1", "A,2022-03-01,2", "B,2022-01-01,3")
                    .datasetId();
            List<String> seen = new ArrayList<>();
            ws.forEachTransaction(id, true, (Transaction t) -> seen.add(t.customerId() + "@" + t.timestamp()
                    .toLocalDate() + "=" + t.amount()));
            assertThat(seen).containsExactly("B@2022-01-01=3.0", "B@2022-05-01=1.0", "A@2022-03-01=2.0");
        }
    }

    @Test
    void deletingADatasetRemovesItFromTheList() throws Exception {
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            int id = importLines(ws, "x.csv", "A,2022-01-01,5").datasetId();
            assertThat(ws.deleteDataset(id)).isTrue();
            assertThat(ws.listDatasets()).isEmpty();
            assertThat(ws.deleteDataset(id)).isFalse();
        }
    }

    @Test
    void aWorkspaceOpenedInTheBackgroundImportsAndFailsWithTheSameSentenceAsOneOpenedAtOnce() throws Exception {
        try (WorkspaceService ws = WorkspaceService.openInBackground(tmp.resolve("bg"))) {
            ImportOutcome out = importLines(ws, "bg.csv", "A,2022-01-01,5", "B,2022-01-02,7");
            assertThat(out.rowsImported()).isEqualTo(2);
            assertThat(ws.listDatasets()).extracting(DatasetDetails::id).containsExactly(out.datasetId());
        }
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        String atOnce = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> WorkspaceService.open(notAFolder), ServiceException.class).getMessage();
        try (WorkspaceService ws = WorkspaceService.openInBackground(notAFolder)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(ws::awaitOpen)
                    .isInstanceOf(ServiceException.class).hasMessage(atOnce);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> importLines(ws, "c.csv", "A,2022-01-01,5"))
                    .isInstanceOf(ServiceException.class).hasMessage(atOnce);
        }
    }
}
