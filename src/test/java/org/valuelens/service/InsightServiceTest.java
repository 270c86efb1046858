package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;

class InsightServiceTest {

    @TempDir
    Path dir;

    private WorkspaceSession session;
    private final AnalysisSettings settings = AnalysisSettings.defaults(TimeUnit.WEEK);

    @BeforeEach
    void importSample() throws Exception {
        Path copy = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, copy);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        session.imports().importFile(new ImportRequest(copy, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void pAlivePathEndsAtTheModelsPAliveForTheCustomersWholeHistory() {
        InsightService insight = new InsightService(session.analysis());
        ClvReport bgnbd = session.analysis().clv(ClvMethod.BG_NBD, settings, ProgressListener.NONE);
        CustomerClv repeat = bgnbd.customers().stream().filter(c -> c.summary().frequency() >= 5).findFirst()
                .orElseThrow();

        CustomerDetail d = insight.customer(repeat.summary().customerId(), settings, ProgressListener.NONE);

        assertThat(d.periods()[d.periods().length - 1]).isCloseTo(repeat.summary().age(), within(1e-9));
        assertThat(d.pAlive()[d.pAlive().length - 1]).isCloseTo(repeat.pAlive(), within(1e-9));
    }

    @Test
    void pAliveOfACustomerWithoutRepeatPurchasesIsOneThroughout() {
        InsightService insight = new InsightService(session.analysis());
        String id = session.analysis().summarize(settings, ProgressListener.NONE).customers().stream()
                .filter(c -> c.frequency() == 0).findFirst().orElseThrow().customerId();

        CustomerDetail d = insight.customer(id, settings, ProgressListener.NONE);

        // BG/NBD: a customer with no repeat purchase (x = 0) is alive with probability 1 at every age
        for (double p : d.pAlive()) {
            assertThat(p).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void timelineDaysSumToTheCustomersRevenue() {
        InsightService insight = new InsightService(session.analysis());
        var c = session.analysis().summarize(settings, ProgressListener.NONE).customers().get(5);

        CustomerDetail d = insight.customer(c.customerId(), settings, ProgressListener.NONE);

        double sum = 0;
        for (double v : d.dayAmounts()) {
            sum += v;
        }
        assertThat(sum).isCloseTo(c.revenue(), within(1e-6));
        assertThat(d.days()).hasSize(c.purchaseDays());
    }
}
