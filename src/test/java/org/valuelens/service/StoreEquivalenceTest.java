package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.Transaction;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.storage.TransactionRepository;
import org.valuelens.storage.WorkspaceProperties;

/**
 * Issue 14, done-when 1: every analysis gives the same results (to 1e-9, relative) from the analysis store as from
 * the row table, on CDNOW and the Online Retail extract. Both files are imported with the row table kept
 * (workspace property {@code import.row_table}); each analysis runs twice on fresh services (no cached summary,
 * no saved fit reused), once reading the store and once reading the row table.
 */
class StoreEquivalenceTest {

    private static final double TOLERANCE = 1e-9;

    @org.junit.jupiter.api.io.TempDir
    static Path dir;
    static WorkspaceSession session;
    static int cdnow;
    static int retail;


    @BeforeAll
    static void importFiles() throws Exception {
        session = WorkspaceSession.open(dir.resolve("ws"));
        session.workspace().workspace().properties().set(WorkspaceProperties.ROW_TABLE, "true");
        cdnow = SampleImports.cdnow(session, dir);
        retail = SampleImports.retail(session, dir);
    }

    @AfterAll
    static void close() {
        session.workspace().workspace().rows().readFrom(TransactionRepository.Source.STORE);
        session.close();
    }

    /** Runs an analysis on fresh services reading the given source. */
    private static <T> T from(TransactionRepository.Source source, Function<AnalysisService, T> analysis) {
        session.workspace().workspace().rows().readFrom(source);
        try {
            AnalysisService fresh = new AnalysisService(session.workspace());
            fresh.fits().refitAll();
            return analysis.apply(fresh);
        } finally {
            session.workspace().workspace().rows().readFrom(TransactionRepository.Source.STORE);
        }
    }

    private static <T> void sameFromBoth(Function<AnalysisService, T> analysis) {
        T store = from(TransactionRepository.Source.STORE, analysis);
        T rows = from(TransactionRepository.Source.ROW_TABLE, analysis);
        assertThat(DeepClose.difference(store, rows, TOLERANCE)).as("store vs row table").isNull();
    }

    private static int dataset(String name) {
        return "cdnow".equals(name) ? cdnow : retail;
    }

    private static AnalysisSettings settings(String name) {
        AnalysisSettings s = AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(dataset(name));
        return "cdnow".equals(name) ? s.withPeriod(LocalDate.of(1997, 9, 30), null)
                : s.withPeriod(LocalDate.of(2011, 6, 30), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdnow", "retail"})
    void everyTransactionReadsTheSameFromBoth(String name) {
        sameFromBoth(a -> {
            List<Transaction> all = new ArrayList<>();
            session.workspace().forEachTransaction(dataset(name), true, all::add);
            return all;
        });
        sameFromBoth(a -> {
            List<Transaction> all = new ArrayList<>();
            a.forEachTransaction(settings(name), all::add, ProgressListener.NONE);
            return all;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdnow", "retail"})
    void summaryAndFitsAreTheSameFromBoth(String name) {
        sameFromBoth(a -> a.summarize(settings(name), ProgressListener.NONE).customers());
        for (String model : AnalysisService.MODELS) {
            sameFromBoth(a -> a.fit(model, settings(name), ProgressListener.NONE).fit());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdnow", "retail"})
    void clvByEveryMethodIsTheSameFromBoth(String name) {
        for (ClvMethod method : ClvMethod.values()) {
            sameFromBoth(a -> a.clv(method, settings(name).withPeriod(null, null), ProgressListener.NONE));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdnow", "retail"})
    void holdoutSegmentsCohortsAndCustomerDetailAreTheSameFromBoth(String name) {
        sameFromBoth(a -> a.validate("bg-nbd", settings(name), ProgressListener.NONE));
        AnalysisSettings whole = settings(name).withPeriod(null, null);
        for (String scheme : SegmentService.ALL_SCHEMES) {
            sameFromBoth(a -> new SegmentService(a).segment(scheme, SegmentService.Options.defaults(), whole,
                    ProgressListener.NONE));
        }
        sameFromBoth(a -> new SegmentService(a).cohorts(CohortPeriod.MONTH, whole, AcquisitionCosts.none(), null,
                ProgressListener.NONE));
        String customer = firstCustomer(name);
        sameFromBoth(a -> new InsightService(a).customer(customer, whole, ProgressListener.NONE));
    }

    @org.junit.jupiter.api.Test
    void theComparisonNoticesADifferenceOfOneInAMillion() {
        List<Transaction> all = new ArrayList<>();
        session.workspace().forEachTransaction(cdnow, false, all::add);
        List<Transaction> changed = new ArrayList<>(all);
        Transaction t = all.get(17);
        changed.set(17, new Transaction(t.customerId(), t.timestamp(), t.amount() * (1 + 1e-6), t.quantity(),
                t.unitPrice(), t.cost(), t.channel(), t.invoice(), t.sourceRow(), t.isReturn()));
        assertThat(DeepClose.difference(all, changed, TOLERANCE)).startsWith("[17].amount");
        assertThat(DeepClose.difference(all, new ArrayList<>(all), TOLERANCE)).isNull();
    }

    private static String firstCustomer(String name) {
        return session.analysis().summarize(settings(name).withPeriod(null, null), ProgressListener.NONE)
                .customers().get(0).customerId();
    }
}
