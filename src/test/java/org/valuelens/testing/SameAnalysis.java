package org.valuelens.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.service.AnalysisService;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;

/**
 * Asserts that two datasets give the same analysis (issue 18): the same customers and summaries, BG/NBD, Pareto/NBD
 * and Gamma-Gamma parameters and CLV totals to 1e-9 relative. Pareto/NBD at the s → 0 boundary, where only s / β
 * is identified, is compared on r, α, s / β and the log-likelihood (docs/decisions/0027-jdbc-import.md).
 */
public final class SameAnalysis {
    /** The relative tolerance. */
    public static final double REL = 1e-9;

    private SameAnalysis() {
    }

    /**
     * @param analysis the analysis service over the workspace holding both datasets
     * @param expected settings naming the reference dataset
     * @param actual   the same settings naming the dataset under test
     */
    public static void assertSameAnalysis(AnalysisService analysis, AnalysisSettings expected,
                                          AnalysisSettings actual) {
        assertSameAnalysis(analysis, expected, analysis, actual);
    }

    /**
     * @param a        the analysis service of the reference workspace
     * @param expected settings naming the reference dataset
     * @param b        the analysis service of the workspace under test
     * @param actual   settings naming the dataset under test
     */
    public static void assertSameAnalysis(AnalysisService a, AnalysisSettings expected, AnalysisService b,
                                          AnalysisSettings actual) {
        assertSameCustomers(a.summarize(expected, ProgressListener.NONE), b.summarize(actual, ProgressListener.NONE));
        for (String model : List.of("bg-nbd", "pareto-nbd", "gamma-gamma")) {
            FitResult<?> e = a.fit(model, expected, ProgressListener.NONE).fit();
            FitResult<?> f = b.fit(model, actual, ProgressListener.NONE).fit();
            assertRelative(model + " log-likelihood", f.logLikelihood(), e.logLikelihood());
            assertThat(f.atBoundary()).as(model + " at a boundary").isEqualTo(e.atBoundary());
            assertThat(f.parameters().keySet()).as(model).isEqualTo(e.parameters().keySet());
            if (e.atBoundary() && "pareto-nbd".equals(model)) {
                // s -> 0, beta -> infinity (no visible drop-out, Online Retail): the likelihood is flat along the
                // edge and only s / beta is identified; the same customers in another order end a few per cent
                // apart in s and beta with the same log-likelihood (checked above) and CLV (below)
                for (String name : List.of("r", "alpha")) {
                    assertRelative(model + " " + name, f.parameter(name), e.parameter(name));
                }
                assertThat(f.parameter("s") / f.parameter("beta")).as("s / beta")
                        .isCloseTo(e.parameter("s") / e.parameter("beta"), Assertions.withinPercentage(0.1));
            } else {
                e.parameters().forEach((name, value) -> assertRelative(model + " " + name,
                        f.parameters().get(name), value));
            }
        }
        for (ClvMethod method : List.of(ClvMethod.BG_NBD, ClvMethod.PARETO_NBD)) {
            assertRelative("CLV total " + method, b.clv(method, actual, ProgressListener.NONE).total(),
                    a.clv(method, expected, ProgressListener.NONE).total());
        }
    }

    /**
     * @param expected the reference summary
     * @param actual   the summary under test: the same customers with the same figures
     */
    public static void assertSameCustomers(SummaryResult expected, SummaryResult actual) {
        assertThat(actual.customers()).hasSameSizeAs(expected.customers());
        assertThat(actual.customersAfterCalibration()).isEqualTo(expected.customersAfterCalibration());
        assertThat(actual.customersWithoutPurchase()).isEqualTo(expected.customersWithoutPurchase());
        assertThat(actual.calibrationEnd()).isEqualTo(expected.calibrationEnd());
        assertThat(actual.observationEnd()).isEqualTo(expected.observationEnd());
        Map<String, CustomerSummary> byId = new HashMap<>();
        actual.customers().forEach(c -> byId.put(c.customerId(), c));
        for (CustomerSummary e : expected.customers()) {
            CustomerSummary a = byId.get(e.customerId());
            assertThat(a).as(e.customerId()).isNotNull();
            assertThat(a.firstPurchase()).as(e.customerId()).isEqualTo(e.firstPurchase());
            assertThat(a.lastPurchase()).as(e.customerId()).isEqualTo(e.lastPurchase());
            assertThat(a.frequency()).as(e.customerId()).isEqualTo(e.frequency());
            assertThat(a.recency()).as(e.customerId()).isEqualTo(e.recency());
            assertThat(a.age()).as(e.customerId()).isEqualTo(e.age());
            assertThat(a.holdoutFrequency()).as(e.customerId()).isEqualTo(e.holdoutFrequency());
            assertThat(a.channel()).as(e.customerId()).isEqualTo(e.channel());
            assertRelative(e.customerId() + " monetary", a.monetaryValue(), e.monetaryValue());
            assertRelative(e.customerId() + " revenue", a.revenue(), e.revenue());
            assertRelative(e.customerId() + " holdout revenue", a.holdoutRevenue(), e.holdoutRevenue());
        }
    }

    /**
     * @param what     what is compared, for the message
     * @param actual   the value under test
     * @param expected the reference value
     */
    public static void assertRelative(String what, double actual, double expected) {
        double scale = Math.max(Math.abs(expected), 1e-6);
        assertThat(Math.abs(actual - expected) / scale).as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(REL);
    }
}
