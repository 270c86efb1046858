package org.valuelens.model.segment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Frequency × profit quadrant (Gold, Meteor, Stream, Burden). Immutable.
 *
 * <p>x = repeat purchases ({@link CustomerSummary#frequency()}, purchase days after the first). y = average profit
 * per purchase day = {@code (revenue − cost) / purchase days} when the summary carries a cost, otherwise
 * {@code revenue × margin / purchase days} (margin default 1.0, i.e. revenue). Thresholds default to the medians
 * of x and y over the customers and can be set. <b>Ties:</b> a value counts as high only when it is strictly above
 * the threshold; at or below is low. (With the median of x often 0, every repeat buyer is "many purchases".)
 */
public final class QuadrantSegmenter {

    private final Double xThreshold;
    private final Double yThreshold;
    private final double margin;
    private final Map<Quadrant, String> actions;

    private QuadrantSegmenter(Double xThreshold, Double yThreshold, double margin, Map<Quadrant, String> actions) {
        this.xThreshold = xThreshold;
        this.yThreshold = yThreshold;
        this.margin = margin;
        this.actions = actions;
    }

    /** @return median thresholds, margin 1.0, default actions */
    public static QuadrantSegmenter defaults() {
        Map<Quadrant, String> a = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            a.put(q, q.defaultAction());
        }
        return new QuadrantSegmenter(null, null, 1.0, Map.copyOf(a));
    }

    /**
     * @param x repeat-purchase threshold, or {@code null} for the median
     * @param y profit-per-purchase threshold (currency), or {@code null} for the median
     * @return a copy
     */
    public QuadrantSegmenter withThresholds(Double x, Double y) {
        return new QuadrantSegmenter(x, y, margin, actions);
    }

    /** @param fraction gross margin used when a customer has no cost (0.3 = 30 %), finite @return a copy */
    public QuadrantSegmenter withMargin(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("margin must be finite");
        }
        return new QuadrantSegmenter(xThreshold, yThreshold, fraction, actions);
    }

    /** @param overrides action per quadrant; others keep theirs @return a copy */
    public QuadrantSegmenter withActions(Map<Quadrant, String> overrides) {
        return new QuadrantSegmenter(xThreshold, yThreshold, margin, Shares.merge(actions, overrides));
    }

    /** @return the current action per quadrant (unmodifiable) */
    public Map<Quadrant, String> actions() {
        return actions;
    }

    /**
     * Places every customer in one quadrant.
     *
     * @param customers customers ({@code null} not permitted)
     * @return points and quadrant summaries
     */
    public QuadrantResult segment(List<CustomerSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] profit = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            profit[i] = c.historicalMargin(margin);
            x[i] = c.frequency();
            y[i] = profit[i] / c.purchaseDays();
        }
        double xt = xThreshold != null ? xThreshold : Shares.median(x);
        double yt = yThreshold != null ? yThreshold : Shares.median(y);
        List<QuadrantResult.Point> points = new ArrayList<>(n);
        int[] count = new int[4];
        double[] rev = new double[4];
        double[] prof = new double[4];
        double totalRev = 0;
        double totalProf = 0;
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            Quadrant q = Quadrant.of(x[i] > xt, y[i] > yt);
            points.add(new QuadrantResult.Point(c.customerId(), c.frequency(), y[i], c.revenue(), profit[i], q));
            count[q.ordinal()]++;
            rev[q.ordinal()] += c.revenue();
            prof[q.ordinal()] += profit[i];
            totalRev += c.revenue();
            totalProf += profit[i];
        }
        List<QuadrantResult.Summary> sums = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            int k = q.ordinal();
            sums.add(new QuadrantResult.Summary(q, count[k], Shares.share(count[k], n), rev[k],
                    Shares.share(rev[k], totalRev), prof[k], Shares.share(prof[k], totalProf), actions.get(q)));
        }
        return new QuadrantResult(xt, yt, margin, points, sums);
    }
}
