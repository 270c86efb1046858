package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.storage.TableSnapshot;

/** The import summary's example rows per reason, and the re-run that replaces an earlier import. */
class ImportSummaryServiceTest {

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("ws");
    }

    /**
     * customer,date,amount,net: row i (data rows from 0) is good unless listed; bad dates at 3, 7, 11, 15, 19,
     * 23, a bad amount at 9, a missing customer at 13. "net" is half the amount.
     */
    private Path file(List<String> lines) throws Exception {
        lines.add("customer,date,amount,net");
        for (int i = 0; i < 24; i++) {
            String customer = i == 13 ? "" : "C" + (i % 5);
            String date = i % 4 == 3 ? "2022-13-" + (1 + i) : "2022-03-" + (1 + i);
            String amount = i == 9 ? "abc" : Integer.toString(10 + i);
            lines.add(customer + "," + date + "," + amount + "," + (10 + i) / 2.0);
        }
        return Files.write(tmp.resolve("orders.csv"), lines, StandardCharsets.UTF_8);
    }

    private static ImportRequest mapped(Path file, String amountColumn) {
        return new ImportRequest(file, null, null, null, null, null, null,
                Map.of("customer", "customer", "date", "date", "amount", amountColumn));
    }

    @Test
    void listsTheFirstThreeRejectedRowsOfEachReasonWithTheirRawText() throws Exception {
        List<String> lines = new ArrayList<>();
        Path file = file(lines);
        ImportOutcome out;
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            out = new ImportService(ws).importFile(mapped(file, "amount"), false, ProgressListener.NONE);
        }
        assertThat(out.rejectedByReason()).isEqualTo(Map.of("bad-date", 6L, "bad-number", 1L,
                "missing-customer-id", 1L));
        assertThat(out.rejectedExamples().keySet()).containsExactly("bad-date", "bad-number",
                "missing-customer-id");
        List<RejectedRowView> dates = out.rejectedExamples().get("bad-date");
        // data row i is line i + 2 of the file (the header is line 1)
        assertThat(dates).extracting(RejectedRowView::sourceRow).containsExactly(3 + 2L, 7 + 2L, 11 + 2L);
        assertThat(dates).extracting(RejectedRowView::rawText)
                .containsExactly(lines.get(4), lines.get(8), lines.get(12));
        assertThat(dates).allSatisfy(r -> assertThat(r.column()).isEqualTo("date"));
        assertThat(out.rejectedExamples().get("bad-number")).singleElement()
                .satisfies(r -> assertThat(r.rawText()).isEqualTo(lines.get(10)));
        assertThat(out.rejectedExamples().get("missing-customer-id")).singleElement()
                .satisfies(r -> assertThat(r.sourceRow()).isEqualTo(13 + 2L));
    }

    @Test
    void aReRunReplacesTheEarlierImportOfTheSameFile() throws Exception {
        Path file = file(new ArrayList<>());
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            ImportService service = new ImportService(ws);
            ImportOutcome first = service.importFile(mapped(file, "amount"), false, ProgressListener.NONE);
            ImportOutcome again = service.replaceDataset(mapped(file, "net"), first.datasetId(),
                    ProgressListener.NONE);

            assertThat(again.datasetId()).isNotEqualTo(first.datasetId());
            assertThat(ws.listDatasets()).extracting(DatasetDetails::id).containsExactly(again.datasetId());
            // "net" has no broken value, so the row with "abc" in "amount" is imported this time
            assertThat(again.rowsImported()).isEqualTo(first.rowsImported() + 1);
            assertThat(again.mapping()).containsEntry("AMOUNT", "net");
            assertThat(again.warnings()).noneMatch(w -> w.contains("earlier import"));
        }
    }

    @Test
    void aFailedOrCancelledReRunLeavesTheEarlierImportAndTheWorkspaceUnchanged() throws Exception {
        Path file = file(new ArrayList<>());
        int first;
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            first = new ImportService(ws).importFile(mapped(file, "amount"), false, ProgressListener.NONE)
                    .datasetId();
        }
        Map<String, String> before = TableSnapshot.of(db());
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            ImportService service = new ImportService(ws);
            assertThatThrownBy(() -> service.replaceDataset(mapped(file, "no such column"), first,
                    ProgressListener.NONE)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("no such column");
            ProgressListener cancelled = new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> service.replaceDataset(mapped(file, "net"), first, cancelled))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(TableSnapshot.of(db())).isEqualTo(before);
    }

    @Test
    void theSameContentAsAnotherDatasetIsStillRefusedClearly() throws Exception {
        Path file = file(new ArrayList<>());
        Path other = Files.writeString(tmp.resolve("other.csv"), "customer,date,amount\nA,2022-01-01,5\n");
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            ImportService service = new ImportService(ws);
            int kept = service.importFile(mapped(file, "amount"), false, ProgressListener.NONE).datasetId();
            int replaced = service.importFile(ImportRequest.of(other), false, ProgressListener.NONE).datasetId();
            assertThatThrownBy(() -> service.replaceDataset(mapped(file, "net"), replaced, ProgressListener.NONE))
                    .isInstanceOf(DuplicateImportException.class).hasMessageContaining("dataset " + kept);
            assertThat(ws.listDatasets()).hasSize(2);
        }
    }
}
