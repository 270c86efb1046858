package org.valuelens.model.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

/**
 * Streaming accumulator for acquisition cohorts and channels. Add transactions one by one (any order) with
 * {@link #add(Transaction)}, or as primitives with codes from {@link #customerCode(String)} (or
 * {@link #newCustomerCode(String)}, {@link #reserveCustomerCodes(int)}) and
 * {@link #add(int, long, int, double, double, String, boolean)} (same result, no object per line), optionally
 * customer records with {@link #addCustomer(CustomerRecord)}, then call {@link #result}. Not thread-safe;
 * {@link #result} may be called more than once.
 *
 * <p>Customer ids are dictionary-encoded and lines kept in chunked primitive arrays (about 25 bytes per line).
 *
 * <p>Rules:
 * <ul>
 *   <li>Acquisition period: the customer record's acquisition date when given, otherwise the period of the first
 *       purchase (first non-return line). Customers with neither are left out. Lines dated before a record's
 *       acquisition date count in period 0.</li>
 *   <li>Channel: the record's channel when given, otherwise the channel of the first purchase line, otherwise
 *       "(unknown)".</li>
 *   <li>Retention in period p = cohort customers with at least one non-return line in the period / cohort size;
 *       period 0 is 1.0 by definition.</li>
 *   <li>Revenue = sum of amounts (returns are negative). Margin = amount − cost when the line has a cost, otherwise
 *       amount × the record's margin, otherwise amount × the default margin.</li>
 *   <li>Per-customer CAC: the record's acquisition cost; otherwise the channel's spend
 *       ({@link AcquisitionCosts#perChannel()}) divided over the channel's customers. Cohort CAC: the cohort spend
 *       ({@link AcquisitionCosts#perCohort()}) / size when given, otherwise the mean over customers with a known
 *       cost. Payback = first period since acquisition where cumulative margin per customer {@code >= CAC}.</li>
 *   <li>Observation end: the latest line day (or record acquisition date). A period whose last day falls after
 *       it is partial: each cohort's cell in that last calendar period is marked
 *       ({@link Cohort#completePeriods()}) and left out of averages over cohorts (channel LTV curves,
 *       {@link CohortResult#averageRetention()}). The acquisition period itself is not partial merely because a
 *       customer joined late in it.</li>
 * </ul>
 */
public final class CohortAnalyzer {

    /** Channel name used when none is known. */
    public static final String UNKNOWN_CHANNEL = "(unknown)";

    private final CohortPeriod period;
    private final double defaultMargin;

    private final HashMap<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Names before this index are in {@link #ids} (codes from {@link #newCustomerCode} are indexed lazily). */
    private int indexed;
    /** Codes reserved by {@link #reserveCustomerCodes} and not yet named. */
    private int unnamed;
    private long[] firstStamp = new long[1024];
    private String[] firstChannel = new String[1024];
    private CustomerRecord[] records = new CustomerRecord[1024];

    private int size;
    private String lastKey;
    private int lastId;
    private static final int SHIFT = 16;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    /** Lines in fixed-size chunks: growing never copies, and no huge array is allocated. */
    private int[][] cust = new int[16][];
    private int[][] per = new int[16][];
    private double[][] amount = new double[16][];
    private double[][] cost = new double[16][];
    private boolean[][] isReturn = new boolean[16][];
    /** Period index by epoch day − {@link #dayBase}; {@code Integer.MIN_VALUE} = not computed yet. */
    private int[] dayPeriod = new int[0];
    private long dayBase;
    /** Latest line day seen (epoch day). */
    private long lastDay = Long.MIN_VALUE;
    /** Largest day span kept in the lookup table (about 2,700 years, 4 MB). */
    private static final long MAX_DAY_TABLE = 1 << 20;

    /**
     * @param period        month or quarter ({@code null} not permitted)
     * @param defaultMargin margin fraction for lines without cost and customers without a record margin
     *                      (0.3 = 30 %; 1.0 makes margin equal revenue), finite
     */
    public CohortAnalyzer(CohortPeriod period, double defaultMargin) {
        this.period = Objects.requireNonNull(period, "period");
        if (!Double.isFinite(defaultMargin)) {
            throw new IllegalArgumentException("margin must be finite");
        }
        this.defaultMargin = defaultMargin;
    }

    /** @param t a transaction line ({@code null} not permitted) */
    public void add(Transaction t) {
        String key = t.customerId();
        int c = key == lastKey ? lastId : customerCode(key);
        lastKey = key;
        lastId = c;
        LocalDateTime ts = t.timestamp();
        add(c, ts.toLocalDate().toEpochDay(), ts.toLocalTime().toSecondOfDay(), t.amount(),
                t.cost() == null ? Double.NaN : t.cost(), t.channel(), t.isReturn());
    }

    /**
     * The code of a customer for {@link #add(int, long, int, double, double, String, boolean)}, registering the
     * id on first use. Codes are dense (0, 1, 2, ... in order of first use) and stable.
     *
     * @param customerId the customer id ({@code null} not permitted)
     * @return its code
     */
    public int customerCode(String customerId) {
        return id(Objects.requireNonNull(customerId, "customerId"));
    }

    /**
     * Adds one transaction line as primitives: the fast path for whole-dataset scans, equivalent to
     * {@link #add(Transaction)} of the same line.
     *
     * @param customerCode a code from {@link #customerCode(String)}, {@link #newCustomerCode(String)} or
     *                     {@link #reserveCustomerCodes(int)}
     * @param epochDay     the line's day ({@link LocalDate#toEpochDay()})
     * @param secondOfDay  the line's time of day, seconds 0..86399 (orders same-day lines for the first channel)
     * @param value        line amount in currency units, negative for returns
     * @param lineCost     line cost in currency units, {@code NaN} when unknown
     * @param channel      the line's channel, {@code null} when unknown
     * @param returned     whether the line is a return
     * @throws IndexOutOfBoundsException when the code was not issued
     */
    public void add(int customerCode, long epochDay, int secondOfDay, double value, double lineCost, String channel,
                    boolean returned) {
        int c = customerCode;
        if (c < 0 || c >= names.size()) {
            throw new IndexOutOfBoundsException("unknown customer code " + c);
        }
        int chunk = size >>> SHIFT;
        int at = size & MASK;
        if (at == 0) {
            if (chunk == cust.length) {
                cust = Arrays.copyOf(cust, chunk * 2);
                per = Arrays.copyOf(per, chunk * 2);
                amount = Arrays.copyOf(amount, chunk * 2);
                cost = Arrays.copyOf(cost, chunk * 2);
                isReturn = Arrays.copyOf(isReturn, chunk * 2);
            }
            cust[chunk] = new int[CHUNK];
            per[chunk] = new int[CHUNK];
            amount[chunk] = new double[CHUNK];
            cost[chunk] = new double[CHUNK];
            isReturn[chunk] = new boolean[CHUNK];
        }
        cust[chunk][at] = c;
        per[chunk][at] = periodOfDay(epochDay);
        amount[chunk][at] = value;
        cost[chunk][at] = lineCost;
        isReturn[chunk][at] = returned;
        size++;
        lastDay = Math.max(lastDay, epochDay);
        if (!returned) {
            long stamp = epochDay * 86_400L + secondOfDay;
            if (stamp < firstStamp[c]) {
                firstStamp[c] = stamp;
                firstChannel[c] = channel;
            }
        }
    }

    /** Period index of an epoch day, through a lookup table over the days seen (no date object per line). */
    private int periodOfDay(long epochDay) {
        long i = epochDay - dayBase;
        if (i < 0 || i >= dayPeriod.length) {
            boolean empty = dayPeriod.length == 0;
            long lo = empty ? epochDay : Math.min(epochDay, dayBase);
            long hi = empty ? epochDay : Math.max(epochDay, dayBase + dayPeriod.length - 1L);
            if (hi - lo >= MAX_DAY_TABLE) {
                return period.index(LocalDate.ofEpochDay(epochDay)); // dates centuries apart: no table
            }
            lo -= 366;
            hi += 366;
            int[] table = new int[(int) (hi - lo + 1)];
            Arrays.fill(table, Integer.MIN_VALUE);
            if (dayPeriod.length > 0) {
                System.arraycopy(dayPeriod, 0, table, (int) (dayBase - lo), dayPeriod.length);
            }
            dayPeriod = table;
            dayBase = lo;
            i = epochDay - dayBase;
        }
        int p = dayPeriod[(int) i];
        if (p == Integer.MIN_VALUE) {
            p = period.index(LocalDate.ofEpochDay(epochDay));
            dayPeriod[(int) i] = p;
        }
        return p;
    }

    /** @param r a customer record (acquisition date, channel, cost, margin; {@code null} not permitted) */
    public void addCustomer(CustomerRecord r) {
        records[id(r.customerId())] = r;
    }

    /** @return transaction lines added so far */
    public long transactions() {
        return size;
    }

    /**
     * Registers a customer that has no code yet, without the id lookup of {@link #customerCode(String)}: for
     * callers that already hold distinct ids (a dataset's customer table). Registering an id twice is a caller
     * error; the first code then receives the id's customer record.
     *
     * @param customerId an id not registered before ({@code null} not permitted)
     * @return its code
     */
    public int newCustomerCode(String customerId) {
        return append(Objects.requireNonNull(customerId, "customerId"));
    }

    /**
     * Reserves codes for customers whose ids are not read yet: the fast path for a dataset scan, where the
     * dataset's dense customer keys become codes {@code first + key}. Ids are only needed to match customer
     * records ({@link #addCustomer}), {@link #add(Transaction)} and a CLV map; give them with
     * {@link #nameCustomers} before any of those.
     *
     * @param count customers to reserve ({@code >= 0})
     * @return the first reserved code; codes are {@code first .. first + count - 1}
     */
    public int reserveCustomerCodes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        int first = names.size();
        for (int i = 0; i < count; i++) {
            append(null);
        }
        unnamed += count;
        return first;
    }

    /**
     * Gives the ids of reserved codes.
     *
     * @param first       the first code to name, from {@link #reserveCustomerCodes}
     * @param customerIds distinct ids for codes {@code first, first + 1, ...}, not registered before (no
     *                    {@code null})
     * @throws IllegalStateException when a code is not reserved or already named
     */
    public void nameCustomers(int first, String[] customerIds) {
        for (int i = 0; i < customerIds.length; i++) {
            int c = first + i;
            if (c < 0 || c >= names.size() || names.get(c) != null) {
                throw new IllegalStateException("code " + c + " is not a reserved, unnamed customer code");
            }
            names.set(c, Objects.requireNonNull(customerIds[i], "customerId"));
        }
        unnamed -= customerIds.length;
    }

    private void requireNamed() {
        if (unnamed > 0) {
            throw new IllegalStateException(unnamed + " reserved customer codes have no id yet: call nameCustomers "
                    + "first");
        }
    }

    private int id(String s) {
        requireNamed();
        for (; indexed < names.size(); indexed++) {
            ids.putIfAbsent(names.get(indexed), indexed);
        }
        Integer c = ids.get(s);
        if (c != null) {
            return c;
        }
        ids.put(s, names.size());
        indexed++;
        return append(s);
    }

    private int append(String s) {
        int n = names.size();
        names.add(s);
        if (n == firstStamp.length) {
            firstStamp = Arrays.copyOf(firstStamp, n * 2);
            firstChannel = Arrays.copyOf(firstChannel, n * 2);
            records = Arrays.copyOf(records, n * 2);
        }
        firstStamp[n] = Long.MAX_VALUE;
        return n;
    }

    /**
     * Builds cohorts and channels without CLV values.
     *
     * @param costs spend tables ({@code null} = none)
     * @return the result
     */
    public CohortResult result(AcquisitionCosts costs) {
        return result(costs, null);
    }

    /**
     * Builds cohorts and channels.
     *
     * @param costs   spend tables ({@code null} = none)
     * @param clvById CLV per customer id for the channels' average CLV, currency units ({@code null} = none;
     *                customers missing from the map are left out of the average)
     * @return the result
     */
    public CohortResult result(AcquisitionCosts costs, Map<String, Double> clvById) {
        if (clvById != null) {
            requireNamed();
        }
        AcquisitionCosts spend = costs == null ? AcquisitionCosts.none() : costs;
        int n = names.size();
        int[] acq = new int[n];
        String[] channel = new String[n];
        double[] custMargin = new double[n];
        double[] custCost = new double[n];
        int minPer = Integer.MAX_VALUE;
        int maxPer = Integer.MIN_VALUE;
        for (int c = 0; c < n; c++) {
            CustomerRecord r = records[c];
            acq[c] = Integer.MIN_VALUE;
            if (r != null && r.acquisitionDate() != null) {
                acq[c] = period.index(r.acquisitionDate());
            } else if (firstStamp[c] != Long.MAX_VALUE) {
                acq[c] = period.index(LocalDate.ofEpochDay(Math.floorDiv(firstStamp[c], 86_400L)));
            }
            String ch = r != null && r.channel() != null ? r.channel() : firstChannel[c];
            channel[c] = ch == null || ch.isBlank() ? UNKNOWN_CHANNEL : ch;
            custMargin[c] = r != null && r.margin() != null ? r.margin() : defaultMargin;
            custCost[c] = r != null && r.acquisitionCost() != null ? r.acquisitionCost() : Double.NaN;
            if (acq[c] != Integer.MIN_VALUE) {
                minPer = Math.min(minPer, acq[c]);
                maxPer = Math.max(maxPer, acq[c]);
            }
        }
        for (int i = 0; i < size; i++) {
            maxPer = Math.max(maxPer, per[i >>> SHIFT][i & MASK]);
        }
        if (minPer == Integer.MAX_VALUE) {
            return new CohortResult(period, List.of(), List.of(), 0, size, null, null);
        }
        int span = maxPer - minPer + 1;
        LocalDate end = observationEnd(n);
        // the data ends inside its last period: each cohort's cell in that period is partial
        int cut = period.start(maxPer + 1).minusDays(1).isAfter(end) ? 1 : 0;

        // channels: index, customers, spend share for customers without own cost
        TreeMap<String, Integer> channelIndex = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            if (acq[c] != Integer.MIN_VALUE) {
                channelIndex.putIfAbsent(channel[c], 0);
            }
        }
        List<String> channelNames = new ArrayList<>(channelIndex.keySet());
        for (int i = 0; i < channelNames.size(); i++) {
            channelIndex.put(channelNames.get(i), i);
        }
        int nch = channelNames.size();
        int[] chOf = new int[n];
        int[] chSize = new int[nch];
        int[][] chAcqHist = new int[nch][span];
        int[] cohortSize = new int[span];
        for (int c = 0; c < n; c++) {
            if (acq[c] != Integer.MIN_VALUE) {
                chOf[c] = channelIndex.get(channel[c]);
                chSize[chOf[c]]++;
                chAcqHist[chOf[c]][acq[c] - minPer]++;
                cohortSize[acq[c] - minPer]++;
            }
        }
        for (int c = 0; c < n; c++) {
            if (acq[c] != Integer.MIN_VALUE && Double.isNaN(custCost[c])) {
                Double s = spend.perChannel().get(channel[c]);
                if (s != null) {
                    custCost[c] = s / chSize[chOf[c]];
                }
            }
        }

        // money per cohort and per channel by period since acquisition
        double[][] rev = new double[span][];
        double[][] mar = new double[span][];
        int[][] active = new int[span][];
        for (int k = 0; k < span; k++) {
            rev[k] = new double[span - k];
            mar[k] = new double[span - k];
            active[k] = new int[span - k];
        }
        double[][] chMargin = new double[nch][span];
        double[] custTotalMargin = new double[n];
        // active customers: with at most 64 periods, a bit per period since acquisition for each customer;
        // otherwise purchase lines grouped by customer (counting sort) and the periods seen stamped
        boolean bits = span <= 64;
        long[] activeBits = bits ? new long[n] : null;
        int[] count = bits ? null : new int[n + 1];
        for (int i = 0; i < size; i++) {
            int h = i >>> SHIFT;
            int at = i & MASK;
            int c = cust[h][at];
            int a0 = acq[c];
            if (a0 == Integer.MIN_VALUE) {
                continue;
            }
            int rel = Math.max(0, per[h][at] - a0);
            double a = amount[h][at];
            double m = Double.isNaN(cost[h][at]) ? a * custMargin[c] : a - cost[h][at];
            int k = a0 - minPer;
            rev[k][rel] += a;
            mar[k][rel] += m;
            if (k + rel < span - cut) {
                chMargin[chOf[c]][rel] += m; // channel curves average complete cells only
            }
            custTotalMargin[c] += m;
            if (!isReturn[h][at]) {
                if (bits) {
                    activeBits[c] |= 1L << rel;
                } else {
                    count[c + 1]++;
                }
            }
        }
        if (bits) {
            for (int c = 0; c < n; c++) {
                long b = activeBits[c];
                int[] row = b == 0 ? null : active[acq[c] - minPer];
                while (b != 0) {
                    row[Long.numberOfTrailingZeros(b)]++;
                    b &= b - 1;
                }
            }
        } else {
            countActive(n, acq, minPer, span, count, active);
        }

        List<Cohort> cohorts = new ArrayList<>();
        double[] cohortCostSum = new double[span];
        int[] cohortCostCount = new int[span];
        for (int c = 0; c < n; c++) {
            if (acq[c] != Integer.MIN_VALUE && !Double.isNaN(custCost[c])) {
                cohortCostSum[acq[c] - minPer] += custCost[c];
                cohortCostCount[acq[c] - minPer]++;
            }
        }
        for (int k = 0; k < span; k++) {
            if (cohortSize[k] == 0) {
                continue;
            }
            String label = period.label(minPer + k);
            Double cac = null;
            if (spend.perCohort().containsKey(label)) {
                cac = spend.perCohort().get(label) / cohortSize[k];
            } else if (cohortCostCount[k] > 0) {
                cac = cohortCostSum[k] / cohortCostCount[k];
            }
            List<Integer> act = new ArrayList<>();
            List<Double> ret = new ArrayList<>();
            List<Double> r = new ArrayList<>();
            List<Double> m = new ArrayList<>();
            List<Double> cr = new ArrayList<>();
            List<Double> cm = new ArrayList<>();
            double sr = 0;
            double sm = 0;
            Integer payback = null;
            for (int p = 0; p < span - k; p++) {
                act.add(active[k][p]);
                ret.add(p == 0 ? 1.0 : active[k][p] / (double) cohortSize[k]);
                r.add(rev[k][p]);
                m.add(mar[k][p]);
                sr += rev[k][p];
                sm += mar[k][p];
                cr.add(sr / cohortSize[k]);
                cm.add(sm / cohortSize[k]);
                if (payback == null && cac != null && sm / cohortSize[k] >= cac) {
                    payback = p;
                }
            }
            cohorts.add(new Cohort(label, period.start(minPer + k), cohortSize[k], act, ret, r, m, cr, cm, cac,
                    payback, span - k - cut));
        }

        List<ChannelSummary> channels = channels(channelNames, n, acq, chOf, chSize, chAcqHist, chMargin,
                custCost, custTotalMargin, clvById, span, cut);
        int placed = 0;
        for (int s : cohortSize) {
            placed += s;
        }
        return new CohortResult(period, cohorts, channels, placed, size, period.label(maxPer), end);
    }

    /** The latest line day or record acquisition date (only called when some customer has a cohort). */
    private LocalDate observationEnd(int n) {
        long last = lastDay;
        for (int c = 0; c < n; c++) {
            if (records[c] != null && records[c].acquisitionDate() != null) {
                last = Math.max(last, records[c].acquisitionDate().toEpochDay());
            }
        }
        return LocalDate.ofEpochDay(last);
    }

    /** Active customers per cohort and period by grouping purchase-line periods by customer (any span). */
    private void countActive(int n, int[] acq, int minPer, int span, int[] count, int[][] active) {
        for (int c = 0; c < n; c++) {
            count[c + 1] += count[c];
        }
        int[] order = new int[count[n]]; // purchase-line periods grouped by customer
        int[] fill = Arrays.copyOf(count, n);
        for (int i = 0; i < size; i++) {
            int h = i >>> SHIFT;
            int at = i & MASK;
            int c = cust[h][at];
            if (!isReturn[h][at] && acq[c] != Integer.MIN_VALUE) {
                order[fill[c]++] = per[h][at];
            }
        }
        int[] seen = new int[span];
        Arrays.fill(seen, -1);
        for (int c = 0; c < n; c++) {
            if (acq[c] == Integer.MIN_VALUE) {
                continue;
            }
            int k = acq[c] - minPer;
            for (int j = count[c]; j < count[c + 1]; j++) {
                int rel = Math.max(0, order[j] - acq[c]);
                if (seen[rel] != c) {
                    seen[rel] = c;
                    active[k][rel]++;
                }
            }
        }
    }

    private List<ChannelSummary> channels(List<String> channelNames, int n, int[] acq, int[] chOf, int[] chSize,
                                          int[][] chAcqHist, double[][] chMargin, double[] custCost,
                                          double[] custTotalMargin, Map<String, Double> clvById, int span,
                                          int cut) {
        int nch = channelNames.size();
        double[] costSum = new double[nch];
        int[] costCount = new int[nch];
        double[] clvSum = new double[nch];
        int[] clvCount = new int[nch];
        double[] marginSum = new double[nch];
        for (int c = 0; c < n; c++) {
            if (acq[c] == Integer.MIN_VALUE) {
                continue;
            }
            int h = chOf[c];
            marginSum[h] += custTotalMargin[c];
            if (!Double.isNaN(custCost[c])) {
                costSum[h] += custCost[c];
                costCount[h]++;
            }
            Double v = clvById == null ? null : clvById.get(names.get(c));
            if (v != null && Double.isFinite(v)) {
                clvSum[h] += v;
                clvCount[h]++;
            }
        }
        List<ChannelSummary> out = new ArrayList<>();
        for (int h = 0; h < nch; h++) {
            // customers observed for at least p complete periods: acquired at index <= span - 1 - cut - p
            List<Double> curve = new ArrayList<>();
            int observed = 0;
            double cum = 0;
            Double cac = costCount[h] > 0 ? costSum[h] / costCount[h] : null;
            Integer payback = null;
            int[] observedAt = new int[span];
            for (int k = 0; k < span; k++) {
                observed += chAcqHist[h][k];
                if (span - 1 - k - cut >= 0) {
                    observedAt[span - 1 - k - cut] = observed;
                }
            }
            for (int p = 0; p < span && observedAt[p] > 0; p++) {
                cum += chMargin[h][p] / observedAt[p];
                curve.add(cum);
                if (payback == null && cac != null && cum >= cac) {
                    payback = p;
                }
            }
            Double avgClv = clvCount[h] > 0 ? clvSum[h] / clvCount[h] : null;
            double hist = marginSum[h] / chSize[h];
            double ltv = avgClv != null ? avgClv : hist;
            Double ratio = cac != null && cac != 0.0 ? ltv / cac : null;
            out.add(new ChannelSummary(channelNames.get(h), chSize[h], avgClv, hist, cac, ratio, payback, curve));
        }
        out.sort((a, b) -> a.customers() != b.customers() ? Integer.compare(b.customers(), a.customers())
                : a.channel().compareTo(b.channel()));
        return out;
    }
}
