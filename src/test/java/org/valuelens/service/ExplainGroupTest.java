package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.segments.CdnowSample;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.progress.ProgressListener;

/**
 * {@link AnalysisService#explainGroup} on the CDNOW sample: a group's mean CLV explained through its mean inputs,
 * checked against means computed here from the customer summaries.
 */
class ExplainGroupTest {

    @TempDir
    static Path dir;
    private static WorkspaceSession session;
    private static final AnalysisSettings WEEKS = AnalysisSettings.defaults(TimeUnit.WEEK).withMargin(0.3);

    @BeforeAll
    static void importSample() throws Exception {
        session = CdnowSample.open(dir);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static List<CustomerSummary> customers() {
        return session.analysis().summarize(WEEKS, ProgressListener.NONE).customers();
    }

    @Test
    void historicalMeanOfAllCustomersIsMeanRevenueTimesMargin() {
        double revenue = 0;
        for (CustomerSummary c : customers()) {
            revenue += c.revenue();
        }
        double expected = revenue / CdnowSample.CUSTOMERS * 0.3;

        ClvExplanation e = session.analysis().explainGroup(null, ClvMethod.HISTORICAL, WEEKS, ProgressListener.NONE);

        assertThat(e.customers()).isEqualTo(CdnowSample.CUSTOMERS);
        assertThat(e.exact()).isTrue();
        assertThat(e.result().value()).isCloseTo(expected, within(1e-6));
        assertThat(e.meanClv()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void simpleGroupResultEqualsTheMeanOfTheCustomersSimpleClv() {
        List<CustomerSummary> group = customers().subList(0, 50);
        AnalysisSettings s = WEEKS.withSimpleInputs(10, 2);
        double sum = 0;
        for (CustomerSummary c : group) {
            double years = Math.max(c.age(), 365.25 / 12 / 7) / (365.25 / 7);
            // AOV × F = (revenue / purchase days) × (purchase days / years) = revenue per observed year; × margin
            sum += c.revenue() / years * 2 * s.margin() - 10;
        }
        List<String> ids = group.stream().map(CustomerSummary::customerId).toList();

        ClvExplanation e = session.analysis().explainGroup(ids, ClvMethod.SIMPLE, s, ProgressListener.NONE);

        assertThat(e.customers()).isEqualTo(50);
        assertThat(e.result().value()).isCloseTo(sum / 50, within(1e-6));
        assertThat(e.meanClv()).isCloseTo(sum / 50, within(1e-6));
        assertThat(e.result().inputs()).containsEntry("lifespan L (years)", 2.0);
    }

    @Test
    void retentionGroupWithAGivenRateUsesTheMeanMarginPerPeriod() {
        List<CustomerSummary> group = customers().subList(100, 140);
        AnalysisSettings s = WEEKS.withRetention(0.9);
        double d = Math.pow(1.10, 7 / 365.25) - 1;
        double m = 0;
        for (CustomerSummary c : group) {
            m += c.revenue() * 0.3 / Math.max(c.age(), 1.0);
        }
        m /= group.size();
        double expected = m * 0.9 / (1 + d - 0.9);

        ClvExplanation e = session.analysis().explainGroup(group.stream().map(CustomerSummary::customerId).toList(),
                ClvMethod.RETENTION, s, ProgressListener.NONE);

        assertThat(e.result().value()).isCloseTo(expected, within(1e-6));
        assertThat(e.meanClv()).isCloseTo(expected, within(1e-6));
        assertThat(e.parameters()).containsKey("retention r (per week, given)");
    }

    @Test
    void oneCustomerGivesTheSameResultAsExplain() {
        String id = customers().get(7).customerId();
        AnalysisSettings s = WEEKS.withRetention(0.8);

        ClvExplanation e = session.analysis().explainGroup(List.of(id), ClvMethod.DCF, s, ProgressListener.NONE);
        ClvResult single = session.analysis().explain(id, ClvMethod.DCF, s, ProgressListener.NONE);

        assertThat(e.customers()).isEqualTo(1);
        assertThat(e.exact()).isTrue();
        assertThat(e.result()).isEqualTo(single);
        assertThat(e.meanClv()).isEqualTo(single.value());
    }

    @Test
    void modelBasedGroupReportsTheRealMeanAndTheFittedParameters() {
        ClvReport all = session.analysis().clv(ClvMethod.BG_NBD, WEEKS, ProgressListener.NONE);

        ClvExplanation e = session.analysis().explainGroup(null, ClvMethod.BG_NBD, WEEKS, ProgressListener.NONE);

        assertThat(e.exact()).isFalse();
        assertThat(e.meanClv()).isCloseTo(all.mean(), within(1e-6));
        assertThat(e.parameters()).containsKeys("r", "alpha", "a", "b", "gamma-gamma p", "gamma-gamma q",
                "gamma-gamma gamma");
        assertThat(e.result().method()).isEqualTo("predictive (bg-nbd)");
    }
}
