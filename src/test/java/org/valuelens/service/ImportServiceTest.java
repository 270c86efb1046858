package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.storage.TableSnapshot;

class ImportServiceTest {

    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("ws");
    }

    /** 20 customers, n rows on random days of 2022, amounts 1..50; returns the lines without header. */
    private static List<String> goodLines(int n, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("C" + r.nextInt(20) + "," + LocalDate.of(2022, 1, 1).plusDays(r.nextInt(365)) + ","
                    + (1 + r.nextInt(50)));
        }
        return lines;
    }

    private Path csv(String name, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>();
        all.add("customer,date,amount");
        all.addAll(lines);
        return Files.write(tmp.resolve(name), all, StandardCharsets.UTF_8);
    }

    private ImportOutcome importWith(RowSource source, Path file, boolean force) throws ServiceException {
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            return new ImportService(ws, source).importFile(ImportRequest.of(file), force, ProgressListener.NONE);
        }
    }

    @Test
    void rowsReadEqualImportedPlusRejectedAndMatchTheFile() throws Exception {
        List<String> lines = new ArrayList<>(goodLines(100, 1));
        lines.add("C1,2022-13-45,3");
        lines.add("C2,2022-02-02,abc");
        lines.add("C3,not-a-date,1");
        ImportOutcome out = importWith(new FakeCsvSource(), csv("a.csv", lines), false);
        assertThat(out.rowsRead()).isEqualTo(103);
        assertThat(out.rowsImported()).isEqualTo(100);
        assertThat(out.rowsRejected()).isEqualTo(3);
        assertThat(out.rowsRead()).isEqualTo(out.rowsImported() + out.rowsRejected());
        assertThat(out.rejectedByReason()).isEqualTo(Map.of("bad-date", 2L, "bad-number", 1L));
    }

    @Test
    void customersAndDateRangeAreThoseOfTheAcceptedRows() throws Exception {
        List<String> lines = goodLines(500, 2);
        Set<String> customers = new HashSet<>();
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
        for (String l : lines) {
            String[] f = l.split(",");
            customers.add(f[0]);
            LocalDate d = LocalDate.parse(f[1]);
            min = d.isBefore(min) ? d : min;
            max = d.isAfter(max) ? d : max;
        }
        ImportOutcome out = importWith(new FakeCsvSource(), csv("b.csv", lines), false);
        assertThat(out.customers()).isEqualTo(customers.size());
        assertThat(out.firstDate()).isEqualTo(min.atStartOfDay());
        assertThat(out.lastDate()).isEqualTo(max.atStartOfDay());
    }

    @Test
    void aDuplicateFoundWhileReadingStopsTheReadAndStoresNothing() throws Exception {
        Path a = csv("big.csv", goodLines(50, 5));
        ImportOutcome first = importWith(new FakeCsvSource(), a, false);
        long[] passed = {0};
        // a source far longer than the check takes: the content check runs beside the reading and stops it
        RowSource endless = (options, sink, listener) -> {
            for (long row = 2; row < 50_000_000L; row++) {
                sink.transaction(new org.valuelens.model.Transaction("C" + row % 100,
                        LocalDate.of(2022, 1, 1).plusDays(row % 300).atStartOfDay(), 1.5, null, null, null, null,
                        null, row, false));
                passed[0]++;
            }
            throw new AssertionError("the duplicate was not noticed while reading");
        };
        assertThatThrownBy(() -> importWith(endless, a, false)).isInstanceOf(DuplicateImportException.class)
                .hasMessageContaining("dataset " + first.datasetId());
        assertThat(passed[0]).isLessThan(50_000_000L - 2);
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            assertThat(ws.listDatasets()).extracting(DatasetDetails::id).containsExactly(first.datasetId());
        }
        assertThat(TableSnapshot.rows(db(), "datasets")).isEqualTo(1);
    }

    @Test
    void theCommittedDatasetCarriesItsFilesHash() throws Exception {
        Path a = csv("h.csv", goodLines(30, 6));
        ImportOutcome out = importWith(new FakeCsvSource(), a, false);
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(a)));
        assertThat(out.contentHash()).isEqualTo(expected);
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            assertThat(ws.workspace().datasets().findByContentHash(expected)).get()
                    .extracting(org.valuelens.storage.DatasetInfo::id).isEqualTo(out.datasetId());
        }
    }

    @Test
    void sameContentIsRefusedUnlessForced() throws Exception {
        Path a = csv("a.csv", goodLines(50, 3));
        Path copy = Files.copy(a, tmp.resolve("renamed.csv"));
        ImportOutcome first = importWith(new FakeCsvSource(), a, false);
        assertThatThrownBy(() -> importWith(new FakeCsvSource(), copy, false))
                .isInstanceOf(DuplicateImportException.class)
                .hasMessageContaining("renamed.csv").hasMessageContaining("dataset " + first.datasetId());
        ImportOutcome forced = importWith(new FakeCsvSource(), copy, true);
        assertThat(forced.datasetId()).isNotEqualTo(first.datasetId());
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            assertThat(ws.listDatasets()).hasSize(2);
        }
    }

    @Test
    void contentHashIsTheFilesSha256() throws Exception {
        Path a = Files.writeString(tmp.resolve("abc.csv"), "abc");
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(ImportService.sha256(a))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void importerFailureMidwayLeavesTheWorkspaceExactlyAsBefore() throws Exception {
        importWith(new FakeCsvSource(), csv("keep.csv", goodLines(300, 4)), false);
        Map<String, String> before = TableSnapshot.of(db());
        Path big = csv("big.csv", goodLines(60_000, 5));
        assertThatThrownBy(() -> importWith(new FakeCsvSource(40_000), big, false))
                .isInstanceOf(ServiceException.class).hasMessageContaining("simulated failure");
        assertThat(TableSnapshot.of(db())).isEqualTo(before);
    }

    @Test
    void cancelThroughTheListenerLeavesTheWorkspaceExactlyAsBefore() throws Exception {
        importWith(new FakeCsvSource(), csv("keep.csv", goodLines(300, 6)), false);
        Map<String, String> before = TableSnapshot.of(db());
        Path big = csv("big.csv", goodLines(60_000, 7));
        ProgressListener cancelLater = new ProgressListener() {
            private long seen;

            @Override
            public void progress(long done, long total, String message) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen >= 30_000;
            }
        };
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            ImportService service = new ImportService(ws, new FakeCsvSource());
            assertThatThrownBy(() -> service.importFile(ImportRequest.of(big), false, cancelLater))
                    .isInstanceOf(CancelledException.class);
            assertThat(ws.listDatasets()).hasSize(1);
        }
        assertThat(TableSnapshot.of(db())).isEqualTo(before);
    }

    @Test
    void missingFileIsReportedInOneSentenceNamingIt() {
        Path missing = tmp.resolve("nope.csv");
        assertThatThrownBy(() -> importWith(new FakeCsvSource(), missing, false))
                .isInstanceOf(ServiceException.class)
                .hasMessage("Cannot read " + missing + ": the file does not exist.");
    }

    @Test
    void unknownEncodingIsRefusedBeforeAnythingIsStored() throws Exception {
        Path a = csv("a.csv", goodLines(5, 8));
        ImportRequest request = new ImportRequest(a, null, null, "no-such-charset", null, null, null, Map.of());
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            assertThatThrownBy(() -> new ImportService(ws, new FakeCsvSource()).importFile(request, false,
                    ProgressListener.NONE)).isInstanceOf(ServiceException.class).hasMessageContaining("encoding");
            assertThat(ws.listDatasets()).isEmpty();
        }
    }

    @Test
    void theCurrencyWrittenInTheAmountsIsStoredWithTheDataset() throws Exception {
        Path yuan = Files.write(tmp.resolve("yuan.csv"), List.of("customer,date,amount", "a,2022-01-05,￥12,435.50",
                "a,2022-02-10,￥20", "b,2022-01-20,￥1,300"), StandardCharsets.UTF_8);
        Path plain = csv("plain.csv", goodLines(30, 3));
        try (WorkspaceService ws = WorkspaceService.open(db())) {
            ImportService service = new ImportService(ws);
            int withSign = service.importFile(ImportRequest.of(yuan), false, ProgressListener.NONE).datasetId();
            int without = service.importFile(ImportRequest.of(plain), false, ProgressListener.NONE).datasetId();
            assertThat(ws.datasetSettings(withSign).currency()).isEqualTo("¥");
            assertThat(ws.datasetSettings(without).currency()).isNull();
        }
    }
}
