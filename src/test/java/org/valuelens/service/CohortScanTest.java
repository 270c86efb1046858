package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.CohortAnalyzer;
import org.valuelens.model.cohort.CohortPeriod;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.progress.ProgressListener;

/**
 * The cohort use case reads the primitive line scan; these tests import real files into H2 and compare its table
 * with the one built from the {@link org.valuelens.model.Transaction} stream of the same dataset.
 */
class CohortScanTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static int cdnow;
    static int retail;


    @BeforeAll
    static void importFiles() throws IOException {
        session = WorkspaceSession.open(dir.resolve("ws"));
        cdnow = SampleImports.cdnow(session, dir);
        retail = SampleImports.retail(session, dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** The reference: the analyzer fed with one Transaction object per line, as before the primitive scan. */
    private static CohortResult fromTransactions(CohortPeriod period, AnalysisSettings settings,
                                                 AcquisitionCosts costs, Map<String, Double> clvById) {
        CohortAnalyzer analyzer = new CohortAnalyzer(period, settings.margin());
        session.analysis().forEachTransaction(settings, analyzer::add, ProgressListener.NONE);
        session.analysis().forEachCustomerInput(settings, analyzer::addCustomer);
        return analyzer.result(costs, clvById);
    }

    private static AnalysisSettings settings(int datasetId) {
        return AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(datasetId);
    }

    @Test
    void cdnowMonthlyCohortsFromTheLineScanEqualThoseFromTransactions() {
        CohortResult scan = session.segments().cohorts(CohortPeriod.MONTH, settings(cdnow), AcquisitionCosts.none(),
                null, ProgressListener.NONE);
        assertThat(scan.cohorts()).hasSize(3);
        assertThat(scan.customers()).isEqualTo(2_357);
        assertThat(scan).isEqualTo(fromTransactions(CohortPeriod.MONTH, settings(cdnow), AcquisitionCosts.none(),
                null));
    }

    @Test
    void onlineRetailChannelsAndCostsFromTheLineScanEqualThoseFromTransactions() {
        AcquisitionCosts costs = AcquisitionCosts.perChannel(Map.of("United Kingdom", 50_000.0, "France", 2_000.0));
        CohortResult scan = session.segments().cohorts(CohortPeriod.QUARTER, settings(retail), costs, null,
                ProgressListener.NONE);
        assertThat(scan.channels()).extracting(ChannelSummary::channel).contains("United Kingdom", "France");
        assertThat(scan.channel("France").cac()).isNotNull();
        assertThat(scan).isEqualTo(fromTransactions(CohortPeriod.QUARTER, settings(retail), costs, null));
    }

    @Test
    void onlineRetailDecember2011IsMarkedPartial() {
        CohortResult scan = session.segments().cohorts(CohortPeriod.MONTH, settings(retail), AcquisitionCosts.none(),
                null, ProgressListener.NONE);
        // the extract ends on 2011-12-09: December 2011 has 9 of its 31 days
        assertThat(scan.observationEnd()).isEqualTo(java.time.LocalDate.of(2011, 12, 9));
        assertThat(scan.lastPeriod()).isEqualTo("2011-12");
        assertThat(scan.lastPeriodPartial()).isTrue();
        for (org.valuelens.model.cohort.Cohort c : scan.cohorts()) {
            int december = c.periods() - 1; // every cohort's last cell is December 2011
            assertThat(c.start().plusMonths(december)).isEqualTo(java.time.LocalDate.of(2011, 12, 1));
            assertThat(c.complete(december)).as(c.label()).isFalse();
            assertThat(c.completePeriods()).as(c.label()).isEqualTo(december);
        }
        assertThat(scan.cohort("2010-12").completePeriods()).isEqualTo(12);
        // the December 2010 cohort's 12-month average is its own (no other cohort completed 12 months)
        assertThat(scan.averageRetention()).hasSize(12);
        assertThat(scan.averageRetention().get(11)).isEqualTo(scan.cohort("2010-12").retention().get(11));
    }

    @Test
    void channelClvFromTheLineScanEqualsThatFromTransactions() {
        Map<String, Double> clv = new java.util.HashMap<>();
        session.analysis().summarize(settings(retail), ProgressListener.NONE).customers()
                .forEach(c -> clv.put(c.customerId(), c.revenue() * 2));
        AcquisitionCosts costs = AcquisitionCosts.perChannel(Map.of("Germany", 5_000.0));
        CohortResult scan = session.segments().cohorts(CohortPeriod.MONTH, settings(retail), costs, clv,
                ProgressListener.NONE);
        assertThat(scan.channel("Germany").averageClv()).isNotNull();
        assertThat(scan).isEqualTo(fromTransactions(CohortPeriod.MONTH, settings(retail), costs, clv));
    }

    @Test
    void customerTableRowsFindTheirCustomersThroughTheLineScan() throws IOException {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "customer_id,acquisition_date,channel,acquisition_cost\n"
                + "a,2021-01-04,search,30\nb,2021-01-20,search,10\nc,2021-02-02,social,8\n");
        int id = session.imports().importFile(new ImportRequest(file, null, true, null, null, null, "customers",
                Map.of()), false, ProgressListener.NONE).datasetId();
        CohortResult scan = session.segments().cohorts(CohortPeriod.MONTH, settings(id), AcquisitionCosts.none(),
                null, ProgressListener.NONE);
        // hand count: a and b join in January (CAC (30 + 10) / 2), c in February
        assertThat(scan.cohort("2021-01").size()).isEqualTo(2);
        assertThat(scan.cohort("2021-01").cac()).isEqualTo(20.0);
        assertThat(scan.cohort("2021-02").size()).isEqualTo(1);
        assertThat(scan.channel("search").customers()).isEqualTo(2);
        assertThat(scan).isEqualTo(fromTransactions(CohortPeriod.MONTH, settings(id), AcquisitionCosts.none(), null));
    }
}
