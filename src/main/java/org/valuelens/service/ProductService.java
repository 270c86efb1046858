package org.valuelens.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.product.AffinityAnalyzer;
import org.valuelens.model.product.AffinityPair;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohortAnalyzer;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.OrderBookBuilder;
import org.valuelens.model.product.RepeatAnalyzer;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.product.ValueCurveAnalyzer;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.ValueTier;
import org.valuelens.model.segment.ValueTierResult;
import org.valuelens.model.segment.ValueTierSegmenter;
import org.valuelens.storage.DatasetInfo;
import org.valuelens.storage.ProductNames;
import org.valuelens.storage.StorageException;
import org.valuelens.storage.Workspace;

/**
 * Products, N-day value, time between orders and product affinity (issue 17): reads a dataset's lines once into an
 * {@link org.valuelens.model.product.OrderBook} (cached for the last dataset and settings) and runs the model
 * analyses on it. Synchronous.
 */
public final class ProductService {
    /** Why product views are empty for a dataset without a product column. */
    public static final String NO_PRODUCTS = "This dataset has no product column, so there is nothing to show by "
            + "product: import a file with a product, SKU, StockCode or item column (or pass --product COL).";
    /** Why category views are empty for a dataset without a category column. */
    public static final String NO_CATEGORIES = "This dataset has no category column, so there is nothing to show by "
            + "category: import a file with a category column (or pass --category COL).";

    private final Workspace workspace;
    private final AnalysisService analysis;
    private ProductData cached;
    private Object cachedKey;

    /**
     * @param workspace the open workspace ({@code null} not permitted; not closed by this service)
     * @param analysis  the analysis service of the same workspace ({@code null} not permitted)
     */
    public ProductService(WorkspaceService workspace, AnalysisService analysis) {
        this.workspace = Objects.requireNonNull(workspace, "workspace").workspace();
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** @param analysis the analysis service of the open workspace ({@code null} not permitted) */
    ProductService(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.workspace = analysis.storage();
    }

    /**
     * The report's product figures: the first-product table (with the report's CLV method when it has a model,
     * otherwise without predicted CLV) and N-day value by acquisition month.
     *
     * @param settings   analysis settings
     * @param method     the report's CLV method
     * @param channelCac channel → acquisition cost per customer (payback days of the channel sheet)
     * @param listener   progress and cancel
     * @return the section, its first-product table {@code null} when the dataset has no product column and its
     *         channel tables {@code null} when it has no channel column
     */
    org.valuelens.report.deck.ProductSection reportSection(AnalysisSettings settings, ClvMethod method,
                                                           Map<String, Double> channelCac,
                                                           ProgressListener listener) {
        ProductData data = load(settings, listener);
        LtvCohortTable cohorts = ltvByCohort(data, LtvGrouping.MONTH, FirstProductAnalyzer.DEFAULT_DAYS, 1);
        FirstProductTable first = null;
        if (data.hasProducts()) {
            CustomerValues clv = null;
            try {
                clv = clvByCustomer(data, method, settings, listener);
            } catch (ServiceException e) {
                clv = null; // the first-product table stands without predicted CLV
            }
            first = firstProducts(data, new FirstProductAnalyzer().withMinCustomers(5), clv, false);
        }
        boolean channels = !data.book().channelNames().isEmpty();
        return new org.valuelens.report.deck.ProductSection(first, data.productNames(), cohorts,
                channels ? ltvByCohort(data, LtvGrouping.CHANNEL, FirstProductAnalyzer.DEFAULT_DAYS, 1) : null,
                channels ? valueCurves(data, LtvGrouping.CHANNEL) : null, channelCac);
    }

    /**
     * Reads the dataset's orders and product names (the margin and returns policy of the settings apply).
     *
     * @param settings analysis settings ({@code null} not permitted)
     * @param listener progress and cancel (checked every 50,000 lines)
     * @return the orders
     */
    public synchronized ProductData load(AnalysisSettings settings, ProgressListener listener) {
        DatasetInfo ds = analysis.dataset(settings.datasetId());
        List<Object> key = List.of(ds.id(), ds.importedAt(), settings.margin(), settings.returns());
        if (key.equals(cachedKey)) {
            return cached;
        }
        OrderBookBuilder builder = new OrderBookBuilder(settings.margin(), settings.returns());
        long total = Math.max(1, ds.rowsImported());
        long[] seen = {0};
        try {
            String[] ids = workspace.rows().customerIdsOf(ds.id());
            builder.customers(ids.length);
            builder.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, ds.rowsImported()));
            workspace.rows().forEachProductLine(ds.id(), (c, day, second, amount, cost, channel, invoice, product,
                    category, ret) -> {
                builder.add(c, day, second, amount, cost, channel, invoice, product, category, ret);
                if (++seen[0] % 50_000 == 0) {
                    listener.progress(seen[0], total, "Reading orders");
                    listener.checkCancelled();
                }
            });
            ProductNames names = workspace.rows().productNames(ds.id());
            ProductData data = new ProductData(builder.build(), names.products(), names.labels(), names.categories(),
                    Arrays.asList(ids));
            cached = data;
            cachedKey = key;
            return data;
        } catch (StorageException e) {
            throw new ServiceException("The orders could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param data       the orders ({@code null} not permitted)
     * @param analyzer   the configured analyzer ({@code null} not permitted)
     * @param clv        predicted CLV and tiers from {@link #clvByCustomer}, or {@code null}
     * @param byCategory whether rows are categories
     * @return the first-product table
     * @throws ServiceException with {@link #NO_PRODUCTS} / {@link #NO_CATEGORIES} when the column is missing
     */
    public FirstProductTable firstProducts(ProductData data, FirstProductAnalyzer analyzer, CustomerValues clv,
                                           boolean byCategory) {
        requireItems(data, byCategory);
        return analyzer.withCategories(byCategory).analyze(data.book(), clv == null ? null : clv.clv(),
                clv == null ? null : clv.topTier());
    }

    /**
     * Predicted CLV (of the method) and the best-value tier of each customer, by customer key.
     *
     * @param data     the orders ({@code null} not permitted)
     * @param method   the CLV method ({@code null} not permitted)
     * @param settings analysis settings
     * @param listener progress and cancel
     * @return per customer key: CLV ({@code NaN} when not analysed) and whether in the high tier
     */
    public CustomerValues clvByCustomer(ProductData data, ClvMethod method, AnalysisSettings settings,
                                        ProgressListener listener) {
        ClvReport report = analysis.clv(method, settings, listener);
        Map<String, Integer> keys = new HashMap<>();
        for (int k = 0; k < data.customerIds().size(); k++) {
            keys.put(data.customerIds().get(k), k);
        }
        double[] clv = new double[data.customerIds().size()];
        Arrays.fill(clv, Double.NaN);
        Map<String, Double> byId = new HashMap<>();
        for (CustomerClv c : report.customers()) {
            Integer k = keys.get(c.summary().customerId());
            if (k != null) {
                clv[k] = c.clv();
            }
            byId.put(c.summary().customerId(), c.clv());
        }
        boolean[] top = new boolean[clv.length];
        ValueTierResult tiers = ValueTierSegmenter.defaults().segment(report.customers().stream()
                .map(CustomerClv::summary).toList(), byId);
        for (ValueTierResult.Assignment a : tiers.assignments()) {
            Integer k = keys.get(a.customerId());
            if (k != null && a.tier() == ValueTier.HIGH) {
                top[k] = true;
            }
        }
        return new CustomerValues(clv, top);
    }

    /**
     * @param data         the orders ({@code null} not permitted)
     * @param grouping     cohort, channel or first product ({@code null} not permitted)
     * @param days         window lengths in days
     * @param minCustomers groups with fewer customers are left out (first-product grouping)
     * @return N-day value by group
     * @throws ServiceException with {@link #NO_PRODUCTS} for the first-product grouping without products
     */
    public LtvCohortTable ltvByCohort(ProductData data, LtvGrouping grouping, List<Integer> days, int minCustomers) {
        if (grouping == LtvGrouping.FIRST_PRODUCT) {
            requireItems(data, false);
        }
        return new LtvCohortAnalyzer(grouping, days, minCustomers).analyze(data.book(), data.productNames());
    }

    /**
     * @param data     the orders ({@code null} not permitted)
     * @param grouping month, quarter, year or channel ({@code null} and first product not permitted)
     * @return daily cumulative value per acquired customer by group and for everyone (CAC payback reads it)
     */
    public ValueCurves valueCurves(ProductData data, LtvGrouping grouping) {
        return new ValueCurveAnalyzer(grouping).analyze(data.book());
    }

    /**
     * @param data         the orders ({@code null} not permitted)
     * @param grouping     {@code null} for everyone, otherwise the groups
     * @param minCustomers groups with fewer customers are left out
     * @return time between orders: one result for everyone, or one per group
     */
    public List<RepeatResult> repeat(ProductData data, LtvGrouping grouping, int minCustomers) {
        RepeatAnalyzer analyzer = new RepeatAnalyzer(3, RepeatAnalyzer.DEFAULT_WITHIN);
        if (grouping == null) {
            return List.of(analyzer.analyze(data.book()));
        }
        if (grouping == LtvGrouping.FIRST_PRODUCT) {
            requireItems(data, false);
        }
        return analyzer.analyze(data.book(), grouping, data.productNames(), minCustomers);
    }

    /**
     * @param data     the orders ({@code null} not permitted)
     * @param top      how many of the most-bought products to pair
     * @param minPairs pairs with fewer customers are left out
     * @return "bought A, later bought B" pairs, highest lift first
     * @throws ServiceException with {@link #NO_PRODUCTS} when the dataset has no product column
     */
    public List<AffinityPair> affinity(ProductData data, int top, int minPairs) {
        requireItems(data, false);
        return new AffinityAnalyzer(top, minPairs).analyze(data.book());
    }

    private static void requireItems(ProductData data, boolean category) {
        if (category ? !data.hasCategories() : !data.hasProducts()) {
            throw new ServiceException(category ? NO_CATEGORIES : NO_PRODUCTS);
        }
    }

    /**
     * Per customer key: predicted CLV ({@code NaN} when unknown) and membership of the best-value tier.
     *
     * @param clv     CLV by customer key
     * @param topTier high tier by customer key
     */
    public record CustomerValues(double[] clv, boolean[] topTier) {
        /** Copies the arrays. */
        public CustomerValues {
            clv = clv.clone();
            topTier = topTier.clone();
        }
    }
}
