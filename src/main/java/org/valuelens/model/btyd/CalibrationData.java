package org.valuelens.model.btyd;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/**
 * Calibration-period purchase summaries ("cbs") of a customer base, grouped into weighted unique rows.
 *
 * <p>Customers with equal {@code (x, t_x, T)} share one row whose weight is their count, so a fit costs time in
 * proportion to the number of distinct histories, not customers. Times are in one unit chosen by the caller
 * (weeks in the published CDNOW figures), measured from each customer's first purchase: {@code x >= 0} repeat
 * purchases, recency {@code 0 <= t_x <= T}, age {@code T >= 0}; {@code t_x == 0} when {@code x == 0}.
 *
 * <p>A customer with {@code T = 0} (first purchase on the calibration end, so no repeat purchase was possible)
 * has likelihood 1 under BG/NBD, MBG/NBD and Pareto/NBD whatever the parameters: such customers are left out of
 * the rows, counted by {@link #customersWithoutAge()}, and the fit is the same as with them.
 * Instances are immutable; accessors return copies.
 */
public final class CalibrationData {

    private final int[] x;
    private final double[] tx;
    private final double[] age;
    private final double[] weight;
    private final long customers;
    private final long customersWithoutAge;
    /** Sorted distinct values of t_x and T, and each row's index into it (for per-evaluation caching). */
    private final double[] times;
    private final int[] txIndex;
    private final int[] ageIndex;
    private final int maxX;

    private CalibrationData(int[] x, double[] tx, double[] age, double[] weight, long customers,
                            long customersWithoutAge) {
        this.customersWithoutAge = customersWithoutAge;
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.weight = weight;
        this.customers = customers;
        // the distinct times are few (days in the data, at most), the rows many: collect the distinct values first,
        // sort only those, then look each row's times up (sorting every row's two times cost a tenth of a second
        // per million rows)
        TimeIndex index = TimeIndex.of(tx, age);
        this.times = index.times();
        this.txIndex = index.indexesOf(tx);
        this.ageIndex = index.indexesOf(age);
        int mx = 0;
        for (int v : x) {
            mx = Math.max(mx, v);
        }
        this.maxX = mx;
    }

    /**
     * A systematic sample of at most {@code maxRows} rows, each weight scaled so the weighted sums estimate the
     * full ones; used to find good start points cheaply on large data.
     */
    CalibrationData subsample(int maxRows) {
        int n = x.length;
        if (n <= maxRows) {
            return this;
        }
        int step = (n + maxRows - 1) / maxRows;
        int m = (n + step - 1) / step;
        int[] sx = new int[m];
        double[] stx = new double[m];
        double[] sage = new double[m];
        double[] sw = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            int i = j * step;
            sx[j] = x[i];
            stx[j] = tx[i];
            sage[j] = age[i];
            sw[j] = weight[i];
            total += weight[i];
        }
        double scale = customers / total;
        for (int j = 0; j < m; j++) {
            sw[j] *= scale;
        }
        return new CalibrationData(sx, stx, sage, sw, customers, customersWithoutAge);
    }

    /**
     * Groups per-customer arrays.
     *
     * @param x   repeat purchases per customer (not {@code null}, values {@code >= 0})
     * @param tx  recency per customer (same length, {@code 0 <= tx <= age})
     * @param age T per customer (same length, {@code >= 0}; customers with {@code T = 0} are counted, not kept)
     * @return the grouped data (possibly with zero customers; fitters reject that with a {@link FitException})
     * @throws IllegalArgumentException when lengths differ or a value is out of range (the message names the
     *                                  row, 1-based, of the arrays)
     */
    public static CalibrationData of(int[] x, double[] tx, double[] age) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(age, "age");
        if (x.length != tx.length || x.length != age.length) {
            throw new IllegalArgumentException("x, tx and age must have the same length");
        }
        int n = x.length;
        // customers with T = 0 are counted, not kept; the others grouped by (x, t_x, T), rows in order of first
        // appearance
        int[] kx = new int[n];
        double[] kt = new double[n];
        double[] kage = new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!valid(x[i], tx[i], age[i])) {
                throw invalid("row " + (i + 1), x[i], tx[i], age[i]);
            }
            if (age[i] == 0) {
                continue;
            }
            kx[kept] = x[i];
            kt[kept] = x[i] == 0 ? 0.0 : tx[i];
            kage[kept++] = age[i];
        }
        if (kept < n) {
            kx = Arrays.copyOf(kx, kept);
            kt = Arrays.copyOf(kt, kept);
            kage = Arrays.copyOf(kage, kept);
        }
        HistoryGroups groups = HistoryGroups.of(kx, kt, kage);
        int rows = groups.size();
        int[] first = groups.firstRows();
        int[] ux = new int[rows];
        double[] utx = new double[rows];
        double[] uage = new double[rows];
        double[] uw = new double[rows];
        for (int g = 0; g < rows; g++) {
            ux[g] = kx[first[g]];
            utx[g] = kt[first[g]];
            uage[g] = kage[first[g]];
        }
        for (int g : groups.groupOfRows()) {
            uw[g] += 1.0;
        }
        return new CalibrationData(ux, utx, uage, uw, kept, n - kept);
    }

    /**
     * Uses {@code frequency}, {@code recency} and {@code age} of each summary.
     *
     * @param summaries customer summaries ({@code null} not permitted, no {@code null} elements)
     * @return the grouped data
     */
    public static CalibrationData of(List<CustomerSummary> summaries) {
        Objects.requireNonNull(summaries, "summaries");
        int n = summaries.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary s = summaries.get(i);
            x[i] = s.frequency();
            tx[i] = Math.min(s.recency(), s.age());
            age[i] = s.age();
            if (!valid(x[i], tx[i], age[i])) {
                throw invalid("customer " + s.customerId(), x[i], tx[i], age[i]);
            }
        }
        return of(x, tx, age);
    }

    private static boolean valid(int x, double tx, double age) {
        return !(x < 0 || !(age >= 0) || !(tx >= 0) || tx > age + 1e-9 || Double.isInfinite(age) || age == 0 && x > 0);
    }

    /** The message is built only for a row that fails (building it for every row cost a tenth of a second). */
    private static IllegalArgumentException invalid(String who, int x, double tx, double age) {
        return new IllegalArgumentException(who + ": need x >= 0 and 0 <= t_x <= T (and no repeat purchase"
                + " when T = 0), found x " + x + ", t_x " + tx + ", T " + age);
    }

    /** @return number of customers in the rows (sum of the weights; customers with T = 0 not included) */
    public long customers() {
        return customers;
    }

    /**
     * @return customers left out because their age T is 0 (first purchase on the calibration end): they carry no
     *         information on the parameters
     */
    public long customersWithoutAge() {
        return customersWithoutAge;
    }

    /** @return number of distinct (x, t_x, T) rows */
    public int rows() {
        return x.length;
    }

    /** @return customers with {@code x > 0} */
    public long repeatCustomers() {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                s += weight[i];
            }
        }
        return Math.round(s);
    }

    /** @return a copy of the distinct repeat counts per row */
    public int[] x() {
        return x.clone();
    }

    /** @return a copy of the recency per row */
    public double[] tx() {
        return tx.clone();
    }

    /** @return a copy of T per row */
    public double[] age() {
        return age.clone();
    }

    /** @return a copy of the customer count per row */
    public double[] weight() {
        return weight.clone();
    }

    double[] times() {
        return times;
    }

    /** @return ln(alpha + t) for every distinct time t of {@link #times()}, indexed like it */
    double[] logTimesPlus(double alpha) {
        double[] out = new double[times.length];
        for (int j = 0; j < times.length; j++) {
            out[j] = Math.log(alpha + times[j]);
        }
        return out;
    }

    int txIndexAt(int i) {
        return txIndex[i];
    }

    int ageIndexAt(int i) {
        return ageIndex[i];
    }

    int maxX() {
        return maxX;
    }

    int xAt(int i) {
        return x[i];
    }

    double txAt(int i) {
        return tx[i];
    }

    double ageAt(int i) {
        return age[i];
    }

    double weightAt(int i) {
        return weight[i];
    }

    double meanX() {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weight[i] * x[i];
        }
        return s / customers;
    }

    double meanAge() {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += weight[i] * age[i];
        }
        return s / customers;
    }
}
