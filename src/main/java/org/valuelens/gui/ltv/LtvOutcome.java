package org.valuelens.gui.ltv;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ProductData;
import org.valuelens.service.ProductService;
import org.valuelens.service.WorkspaceSession;

/**
 * One run of the N-day value and time-between-orders sections, computed off the FX thread.
 *
 * @param reason      bundle key of why the section is empty (summary-only dataset, no channel column), or
 *                    {@code null} when it has results
 * @param metric      the value shown (orders when the dataset has no amounts)
 * @param hasAmounts  whether the dataset has an amount column
 * @param table       N-day value by group and the "all" row ({@code null} when empty)
 * @param curves      daily cumulative value by group ({@code null} when empty)
 * @param repeat      time between orders by group, then everyone ({@code "all"}); empty when empty
 * @param curveChart  cumulative value by days since the first purchase ({@code null} when empty)
 * @param repeatChart median days between orders by group ({@code null} when empty)
 */
record LtvOutcome(String reason, ValueMetric metric, boolean hasAmounts, LtvCohortTable table, ValueCurves curves,
                  List<RepeatResult> repeat, JFreeChart curveChart, JFreeChart repeatChart) {

    /** The N-day windows of the tables. */
    static final List<Integer> DAYS = FirstProductAnalyzer.DEFAULT_DAYS;

    /** Copies the list. */
    LtvOutcome {
        repeat = List.copyOf(repeat);
    }

    /**
     * @param session  the open workspace
     * @param settings the dataset and its margin and returns settings
     * @param grouping month, quarter, year or channel
     * @param metric   the value to chart
     * @param cac      one acquisition cost per customer for every group, drawn as a line ({@code null}: none)
     * @param charts   builds the charts in the interface language
     * @param listener progress and cancel
     * @return the outcome
     */
    static LtvOutcome compute(WorkspaceSession session, AnalysisSettings settings, LtvGrouping grouping,
                              ValueMetric metric, Double cac, LtvCharts charts,
                              ProgressListener listener) {
        if (session.analysis().isSummaryOnly(settings.datasetId())) {
            return empty("ltv.notice.summaryOnly", metric);
        }
        boolean amounts = session.analysis().hasAmounts(settings.datasetId());
        ValueMetric shown = amounts ? metric : ValueMetric.ORDERS;
        ProductService products = session.products();
        ProductData data = products.load(settings, listener);
        if (grouping == LtvGrouping.CHANNEL && data.book().channelNames().isEmpty()) {
            return empty("ltv.notice.noChannel", shown);
        }
        LtvCohortTable table = products.ltvByCohort(data, grouping, DAYS, 1);
        ValueCurves curves = products.valueCurves(data, grouping);
        List<RepeatResult> repeat = new ArrayList<>(products.repeat(data, grouping, 1));
        repeat.addAll(products.repeat(data, null, 1));
        return new LtvOutcome(null, shown, amounts, table, curves, repeat, charts.curves(curves, shown, cac),
                charts.repeat(repeat));
    }

    private static LtvOutcome empty(String reason, ValueMetric metric) {
        return new LtvOutcome(reason, metric, true, null, null, List.of(), null, null);
    }
}
