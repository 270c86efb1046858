package org.valuelens.model.predict;

/**
 * The predictions of a customer base, index for index with the customers given to {@link Forecaster#predict}.
 * Times of the next order are in model periods after the calibration end ({@code NaN} when the customer is unlikely
 * to order again); money is in the dataset's currency ({@code NaN} throughout when there is no spend model).
 * Arrays are held, not copied (1,000,000 customers); the accessors read one customer. Immutable once built.
 */
public final class CustomerPredictions {

    final double[] pAlive;
    final double[] expectedOrders;
    final double[] pNoOrder;
    final double[] pAgain;
    final double[] pSoon;
    final double[] nextFrom;
    final double[] nextMedian;
    final double[] nextTo;
    final double[] expectedSpend;
    final double[] clv;
    final double[] clvLow;
    final double[] clvHigh;
    private Range totalOrders;
    private Range totalRevenue;
    private Range totalClv;

    CustomerPredictions(int n) {
        pAlive = new double[n];
        expectedOrders = new double[n];
        pNoOrder = new double[n];
        pAgain = new double[n];
        pSoon = new double[n];
        nextFrom = new double[n];
        nextMedian = new double[n];
        nextTo = new double[n];
        expectedSpend = new double[n];
        clv = new double[n];
        clvLow = new double[n];
        clvHigh = new double[n];
    }

    void totals(Range orders, Range revenue, Range clvTotal) {
        this.totalOrders = orders;
        this.totalRevenue = revenue;
        this.totalClv = clvTotal;
    }

    /** @return the number of customers */
    public int size() {
        return pAlive.length;
    }

    /** @param i customer index @return P(alive) at the end of the data */
    public double pAlive(int i) {
        return pAlive[i];
    }

    /** @param i customer index @return expected orders in the window */
    public double expectedOrders(int i) {
        return expectedOrders[i];
    }

    /** @param i customer index @return P(no order in the window), the churn risk */
    public double pNoOrder(int i) {
        return pNoOrder[i];
    }

    /** @param i customer index @return P(at least one order in the window) */
    public double pOrder(int i) {
        return 1 - pNoOrder[i];
    }

    /** @param i customer index @return P(the customer ever orders again) */
    public double pAgain(int i) {
        return pAgain[i];
    }

    /**
     * @param i customer index
     * @return P(an order within the "unlikely" span), which decides whether a next-order date is given
     */
    public double pOrderSoon(int i) {
        return pSoon[i];
    }

    /** @param i customer index @return lower quartile of the time to the next order, periods ({@code NaN}: none) */
    public double nextFrom(int i) {
        return nextFrom[i];
    }

    /** @param i customer index @return median time to the next order, periods ({@code NaN}: unlikely to order) */
    public double nextMedian(int i) {
        return nextMedian[i];
    }

    /** @param i customer index @return upper quartile of the time to the next order, periods ({@code NaN}: none) */
    public double nextTo(int i) {
        return nextTo[i];
    }

    /** @param i customer index @return expected spend per order ({@code NaN} without a spend model) */
    public double expectedSpend(int i) {
        return expectedSpend[i];
    }

    /** @param i customer index @return predicted CLV over the horizon, discounted margin */
    public double predictedClv(int i) {
        return clv[i];
    }

    /** @param i customer index @return low end of the predicted CLV's range */
    public double predictedClvLow(int i) {
        return clvLow[i];
    }

    /** @param i customer index @return high end of the predicted CLV's range */
    public double predictedClvHigh(int i) {
        return clvHigh[i];
    }

    /** @return expected orders of the whole base in the window, with its range */
    public Range totalOrders() {
        return totalOrders;
    }

    /** @return expected revenue of the whole base in the window (orders × expected spend, undiscounted) */
    public Range totalRevenue() {
        return totalRevenue;
    }

    /** @return predicted CLV of the whole base over the horizon, with its range */
    public Range totalClv() {
        return totalClv;
    }
}
