package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.progress.ProgressListener;

/**
 * A count-only dataset (grocery, no amount column) against the same lines imported as a normal file with amount 1
 * on every row: the purchase models see the same customers and give identical parameters, because they use
 * purchase days only; the spend analyses refuse with the no-amounts sentence.
 */
class CountOnlyAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void purchaseModelsOnTheCountOnlyFileEqualThoseOnTheSameLinesWithAmountOne() throws Exception {
        Path countOnly = dir.resolve("groceryElog.csv");
        try (InputStream in = getClass().getResourceAsStream("/data/grocery/groceryElog.csv")) {
            Files.copy(in, countOnly);
        }
        List<String> withAmounts = new ArrayList<>();
        withAmounts.add("\"cust\",\"date\",\"amount\"");
        Files.readAllLines(countOnly, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .forEach(l -> withAmounts.add(l + ",1"));
        Path ones = dir.resolve("grocery-amount-one.csv");
        Files.write(ones, withAmounts, StandardCharsets.UTF_8);

        try (WorkspaceService ws = WorkspaceService.open(dir.resolve("ws"))) {
            ImportService imports = new ImportService(ws);
            ImportOutcome a = imports.importFile(ImportRequest.of(countOnly), false, ProgressListener.NONE);
            ImportOutcome b = imports.importFile(ImportRequest.of(ones), false, ProgressListener.NONE);
            assertThat(a.hasAmounts()).isFalse();
            assertThat(b.hasAmounts()).isTrue();
            assertThat(a.customers()).isEqualTo(b.customers());
            AnalysisService analysis = new AnalysisService(ws);
            AnalysisSettings base = AnalysisSettings.defaults(TimeUnit.WEEK);
            for (String model : List.of("bg-nbd", "mbg-nbd", "pareto-nbd")) {
                FitReport fa = analysis.fit(model, base.withDataset(a.datasetId()), ProgressListener.NONE);
                FitReport fb = analysis.fit(model, base.withDataset(b.datasetId()), ProgressListener.NONE);
                assertThat(fa.summary().customers()).as("every customer analysed").hasSize(a.customers());
                assertThat(fa.fit().parameters()).as(model).isEqualTo(fb.fit().parameters());
                assertThat(fa.fit().logLikelihood()).isEqualTo(fb.fit().logLikelihood());
            }
            AnalysisSettings count = base.withDataset(a.datasetId());
            assertThatThrownBy(() -> analysis.clv(ClvMethod.BG_NBD, count, ProgressListener.NONE))
                    .isInstanceOf(ServiceException.class).hasMessageStartingWith("This dataset has no amounts");
            assertThatThrownBy(() -> analysis.fit("gamma-gamma", count, ProgressListener.NONE))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("Gamma-Gamma");
            // the Overview shows the count figures and no spend numbers
            OverviewReport o = new InsightService(analysis).overview(count, ProgressListener.NONE);
            assertThat(o.customers()).isEqualTo(a.customers());
            assertThat(o.revenue()).isNaN();
            assertThat(o.meanClv()).isNaN();
            assertThat(o.clvValues()).isEmpty();
            assertThat(o.coverage()).anyMatch(s -> s.startsWith("This dataset has no amounts"));
            // the Customers page's P(alive) history works without amounts
            String first = firstCustomer(analysis, count);
            assertThat(new InsightService(analysis).customer(first, count, ProgressListener.NONE)).isNotNull();
        }
    }

    private static String firstCustomer(AnalysisService analysis, AnalysisSettings settings) {
        return analysis.summarize(settings, ProgressListener.NONE).customers().get(0).customerId();
    }
}
