package org.valuelens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.SavedFits;

/** Saved fits in the workspace: exact round trip, replacement by fingerprint, deletion with the dataset. */
class FitRepositoryTest {

    private static final String HASH = "c".repeat(64);

    @TempDir
    Path dir;

    private static int dataset(Workspace ws) throws Exception {
        try (DatasetWriter w = ws.beginDataset("file.csv", HASH)) {
            for (int i = 0; i < 5; i++) {
                w.transaction(new Transaction("C" + (i % 2), LocalDateTime.of(2021, 1, 1 + i, 12, 0), 10 + i, null,
                        null, null, null, null, i + 2L, false));
            }
            return w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", 0, "UTF-8", ",")).id();
        }
    }

    /** Values chosen to be awkward for a decimal or float round trip. */
    private static FitResult<?> awkwardFit() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("r", 0.1 + 0.2);
        params.put("alpha", Math.PI * 1e7);
        params.put("a", Double.MIN_VALUE);
        params.put("b", Math.nextUp(1.0));
        Map<String, Double> se = new LinkedHashMap<>();
        se.put("r", Double.NaN);
        se.put("alpha", 1.0 / 3);
        se.put("a", 1e-300);
        se.put("b", 12345.678901234567);
        return SavedFits.restore("bg-nbd", params, se, -9582.429206, 19172.858, 19195.9, false, true, 2357,
                List.of("first warning.", "second warning."));
    }

    private static SavedFit saved(int datasetId, FitResult<?> fit, String key) {
        return new SavedFit(0, datasetId, HASH, 5, key, "week", LocalDate.of(2021, 1, 3), null, "net",
                LocalDate.of(2021, 1, 3), fit, true, 0.25, Instant.parse("2026-01-02T03:04:05.123456Z"));
    }

    @Test
    void aSavedFitReadsBackBitForBit() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = dataset(ws);
            FitResult<?> fit = awkwardFit();
            SavedFit row = ws.fits().save(saved(id, fit, "key-1"));

            SavedFit back = ws.fits().find(id, HASH, 5, "bg-nbd", "key-1").orElseThrow();

            assertThat(back.id()).isEqualTo(row.id()).isPositive();
            assertThat(back.fit().parameters().keySet()).containsExactly("r", "alpha", "a", "b");
            for (String name : fit.parameters().keySet()) {
                assertThat(Double.doubleToRawLongBits(back.fit().parameter(name)))
                        .as(name).isEqualTo(Double.doubleToRawLongBits(fit.parameter(name)));
                assertThat(Double.doubleToLongBits(back.fit().standardError(name)))
                        .as(name).isEqualTo(Double.doubleToLongBits(fit.standardError(name)));
            }
            assertThat(back.fit().logLikelihood()).isEqualTo(fit.logLikelihood());
            assertThat(back.fit().aic()).isEqualTo(fit.aic());
            assertThat(back.fit().bic()).isEqualTo(fit.bic());
            assertThat(back.fit().converged()).isFalse();
            assertThat(back.fit().customers()).isEqualTo(2357);
            assertThat(back.fit().warnings()).containsExactly("first warning.", "second warning.");
            assertThat(back.fit().model()).isEqualTo(new BgNbdModel(0.1 + 0.2, Math.PI * 1e7, Double.MIN_VALUE,
                    Math.nextUp(1.0)));
            assertThat(back.atBoundary()).isTrue();
            assertThat(back.fittedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
            assertThat(back.calibrationEnd()).isEqualTo(LocalDate.of(2021, 1, 3));
            assertThat(back.observationEnd()).isNull();
        }
    }

    @Test
    void onlyTheExactFingerprintMatches() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = dataset(ws);
            ws.fits().save(saved(id, awkwardFit(), "key-1"));

            assertThat(ws.fits().find(id, HASH, 5, "bg-nbd", "key-2")).isEmpty();
            assertThat(ws.fits().find(id, HASH, 6, "bg-nbd", "key-1")).isEmpty();
            assertThat(ws.fits().find(id, "d".repeat(64), 5, "bg-nbd", "key-1")).isEmpty();
            assertThat(ws.fits().find(id, HASH, 5, "pareto-nbd", "key-1")).isEmpty();
            assertThat(ws.fits().find(id + 1, HASH, 5, "bg-nbd", "key-1")).isEmpty();
        }
    }

    @Test
    void savingTheSameFingerprintAgainReplacesTheOldFit() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int id = dataset(ws);
            SavedFit first = ws.fits().save(saved(id, awkwardFit(), "key-1"));
            SavedFit other = ws.fits().save(saved(id, awkwardFit(), "key-2"));
            SavedFit second = ws.fits().save(saved(id, awkwardFit(), "key-1"));

            assertThat(ws.fits().list()).extracting(SavedFit::id).containsExactlyInAnyOrder(other.id(), second.id());
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(parameterRows()).isEqualTo(8);
        }
    }

    @Test
    void deletingADatasetDeletesItsFitsAndTheirParameters() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            int kept = dataset(ws);
            int deleted = dataset(ws);
            SavedFit keptFit = ws.fits().save(saved(kept, awkwardFit(), "key-1"));
            ws.fits().save(saved(deleted, awkwardFit(), "key-1"));
            ws.fits().save(saved(deleted, awkwardFit(), "key-2"));

            assertThat(ws.datasets().delete(deleted)).isTrue();

            assertThat(ws.fits().list()).extracting(SavedFit::id).containsExactly(keptFit.id());
            assertThat(parameterRows()).isEqualTo(4);
        }
    }

    private long parameterRows() throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("valuelens") + Workspace.URL_SETTINGS;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM saved_fit_parameters")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
