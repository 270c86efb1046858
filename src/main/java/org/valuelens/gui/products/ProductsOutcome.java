package org.valuelens.gui.products;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;
import org.valuelens.service.ProductData;
import org.valuelens.service.ProductService;
import org.valuelens.service.ServiceException;
import org.valuelens.service.WorkspaceSession;

/**
 * One run of the Products page, computed off the FX thread.
 *
 * @param data          the orders and names
 * @param category      whether the first-product rows are categories
 * @param days          the N-day windows
 * @param first         the first-product table, {@code null} when the dataset has no such column
 * @param cohorts       N-day value by acquisition month, then the "all" row
 * @param repeat        time between orders of every customer
 * @param pairs         "bought A, later bought B" pairs (empty without products)
 * @param notice        bundle key of why the product views are empty, {@code null} when they are not
 * @param firstChart    N-day value per first product
 * @param cohortChart   N-day value by cohort
 * @param repeatChart   histogram of days between orders
 * @param affinityChart lift of the strongest pairs
 */
record ProductsOutcome(ProductData data, boolean category, List<Integer> days, FirstProductTable first,
                       List<LtvCohort> cohorts, RepeatResult repeat, List<AffinityPair> pairs, String notice,
                       JFreeChart firstChart, JFreeChart cohortChart, JFreeChart repeatChart,
                       JFreeChart affinityChart) {

    /** Pairs of the top products by customers. */
    static final int AFFINITY_PRODUCTS = 200;

    static ProductsOutcome compute(WorkspaceSession session, AnalysisSettings settings, boolean category,
                                   int minCustomers, ProductsCharts charts, ProgressListener listener) {
        ProductService products = session.products();
        ProductData data = products.load(settings, listener);
        List<Integer> days = FirstProductAnalyzer.DEFAULT_DAYS;
        LtvCohortTable table = products.ltvByCohort(data, LtvGrouping.MONTH, days, 1);
        List<LtvCohort> cohorts = new ArrayList<>(table.cohorts());
        cohorts.add(table.average());
        RepeatResult repeat = products.repeat(data, null, 1).get(0);
        FirstProductTable first = null;
        List<AffinityPair> pairs = List.of();
        String notice = null;
        if (!data.hasProducts()) {
            notice = "products.noProducts";
        } else if (category && !data.hasCategories()) {
            notice = "products.noCategories";
        } else {
            ProductService.CustomerValues clv = null;
            try {
                clv = products.clvByCustomer(data, ClvMethod.BG_NBD, settings, listener);
            } catch (ServiceException e) {
                clv = null; // no model fit: the predicted CLV column stays empty
            }
            first = products.firstProducts(data, new FirstProductAnalyzer().withMinCustomers(minCustomers), clv,
                    category);
            pairs = products.affinity(data, AFFINITY_PRODUCTS, 3);
        }
        List<String> names = category ? data.categories() : data.products();
        return new ProductsOutcome(data, category, days, first, cohorts, repeat, pairs, notice,
                first == null ? null : charts.firstProducts(first, names),
                charts.cohorts(table), charts.repeat(repeat), pairs.isEmpty() ? null : charts.affinity(pairs,
                data.products()));
    }

    /** @param key a key of the first-product rows @return the product (code and description) or category name */
    String name(int key) {
        return category ? data.categories().get(key) : data.productName(key);
    }
}
