package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * Condenses a transaction log, added line by line in any order, into per-customer summaries
 * (frequency x, recency t_x, age T, mean repeat spend, revenue, cost, holdout purchases).
 *
 * <p>Definitions (see {@link CustomerSummary}): lines of one customer on one calendar day form one purchase day;
 * x counts purchase days after the first up to the calibration end; t_x and T are measured from the first purchase
 * day, T to the calibration end day (a customer first buying 1997-01-01 with calibration end 1997-09-30 has
 * T = 272 days = 38.857 weeks); the monetary value is the mean of the repeat purchase-day totals. Customers whose
 * first purchase is after the calibration end are left out and counted
 * ({@link SummaryResult#customersAfterCalibration()}). Lines after the observation end are ignored and counted.
 *
 * <p>Returns under {@link ReturnsPolicy#NET} are netted against the most recent purchase day on or before them
 * (the first purchase day when none is earlier); returns after the calibration end go to the holdout revenue.
 *
 * <p>Speed and memory: customer ids are dictionary-encoded to ints; each line costs 17 bytes in primitive arrays
 * (29 when some line has a cost and a channel), plus 28 bytes transiently during {@link #build()}, which groups
 * the lines by customer with a counting sort and summarises them in one pass. A caller that already holds customers as dense ints can register each id once with
 * {@link #registerCustomer(String)} and add lines by code, skipping the string lookup.
 *
 * <p>Not thread-safe; use one builder per summary. {@link #build()} may be called more than once.
 */
public final class SummaryBuilder {

    private static final int INITIAL = 1 << 12;
    private static final byte RETURN = 1;
    /** Natural logs of 0..4095 days (inter-purchase times), so that the timing statistics cost no Math.log. */
    private static final double[] LOG_DAYS = new double[4096];

    static {
        for (int i = 1; i < LOG_DAYS.length; i++) {
            LOG_DAYS[i] = Math.log(i);
        }
    }
    /** Accepted dates: years 1000 to 9999, so that per-day work arrays stay small. */
    private static final long MIN_DAY = LocalDate.of(1000, 1, 1).toEpochDay();
    private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final SummarySettings settings;
    private StringDictionary customerIds = new StringDictionary();
    private StringDictionary channels = new StringDictionary();

    private int[] customer = new int[INITIAL];
    private int[] day = new int[INITIAL];
    private double[] amount = new double[INITIAL];
    /** Allocated at the first line with a cost ({@code null} while every cost is absent). */
    private double[] cost;
    /** Allocated at the first line with a channel ({@code null} while every channel is absent). */
    private int[] channel;
    private byte[] flags = new byte[INITIAL];
    private int size;
    /** Whether the line arrays are a caller's columns ({@link #of}): copied before the first line is added. */
    private boolean shared;

    private long linesRead;
    private long returnLines;
    private int minDay = Integer.MAX_VALUE;
    private int maxDay = Integer.MIN_VALUE;
    private String lastId;
    private int lastCustomer = -1;
    private String lastChannel;
    private int lastChannelCode = -1;

    /**
     * @param settings how to summarise ({@code null} not permitted)
     */
    public SummaryBuilder(SummarySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * A builder holding a dataset's lines given as whole columns (the analysis store's), the fastest path: no call
     * per line, and the columns are used as they are, not copied (unless returns are excluded, which drops lines).
     * More lines may be added afterwards; the columns are never written to.
     *
     * @param settings how to summarise ({@code null} not permitted)
     * @param lines    the lines ({@code null} not permitted)
     * @return the builder
     * @throws IllegalArgumentException when a line's customer code is unknown, its day is outside the years 1000
     *                                  to 9999 or its amount is not finite (the message names the customer)
     */
    public static SummaryBuilder of(SummarySettings settings, LineColumns lines) {
        SummaryBuilder b = new SummaryBuilder(settings);
        b.adopt(Objects.requireNonNull(lines, "lines"));
        return b;
    }

    private void adopt(LineColumns lines) {
        int n = lines.size();
        String[] ids = lines.customerIds();
        int[] c = lines.customer();
        int[] d = lines.day();
        double[] a = lines.amount();
        boolean[] ret = lines.isReturn();
        boolean exclude = settings.returns() == ReturnsPolicy.EXCLUDE;
        byte[] f = new byte[n];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        long returns = 0;
        for (int i = 0; i < n; i++) {
            if (c[i] < 0 || c[i] >= ids.length) {
                throw new IllegalArgumentException("Unknown customer code " + c[i] + " in line " + (i + 1));
            }
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException("The amount of a line of customer " + ids[c[i]]
                        + " is not a finite number (" + a[i] + ").");
            }
            checkDay(d[i], ids[c[i]]);
            if (ret[i]) {
                returns++;
                f[i] = RETURN;
                if (exclude) {
                    continue;
                }
            }
            lo = Math.min(lo, d[i]);
            hi = Math.max(hi, d[i]);
        }
        customerIds = StringDictionary.ofDistinct(ids);
        channels = lines.channel() == null ? new StringDictionary() : StringDictionary.ofDistinct(lines.channels());
        linesRead = n;
        returnLines = returns;
        minDay = lo;
        maxDay = hi;
        if (exclude && returns > 0) {
            keepPurchases(lines, f);
            return;
        }
        customer = c;
        day = d;
        amount = a;
        cost = lines.cost();
        channel = lines.channel();
        flags = f;
        size = n;
        shared = true;
    }

    /** Copies the lines that are not returns (the columns of {@link #of} with returns excluded). */
    private void keepPurchases(LineColumns lines, byte[] f) {
        int n = lines.size();
        int kept = (int) (n - returnLines);
        customer = new int[kept];
        day = new int[kept];
        amount = new double[kept];
        cost = lines.cost() == null ? null : new double[kept];
        channel = lines.channel() == null ? null : new int[kept];
        flags = new byte[kept];
        for (int i = 0; i < n; i++) {
            if (f[i] == 0) {
                customer[size] = lines.customer()[i];
                day[size] = lines.day()[i];
                amount[size] = lines.amount()[i];
                if (cost != null) {
                    cost[size] = lines.cost()[i];
                }
                if (channel != null) {
                    channel[size] = lines.channel()[i];
                }
                size++;
            }
        }
    }

    /** @return the settings */
    public SummarySettings settings() {
        return settings;
    }

    /** @return lines added so far */
    public long linesRead() {
        return linesRead;
    }

    /**
     * Adds one line.
     *
     * @param t the line ({@code null} not permitted); only customer, date, amount, cost, channel and the return
     *          flag are used
     */
    public void add(Transaction t) {
        add(t.customerId(), t.timestamp().toLocalDate().toEpochDay(), t.amount(),
                t.cost() == null ? Double.NaN : t.cost(), t.channel(), t.isReturn());
    }

    /**
     * Adds one line without a {@link Transaction} object (for fast scans).
     *
     * @param customerId customer id ({@code null} not permitted)
     * @param epochDay   the line's day as {@link LocalDate#toEpochDay()}, in the years 1000 to 9999
     * @param lineAmount line value, negative for returns; must be finite
     * @param lineCost   cost of the line, {@code NaN} when absent
     * @param lineChannel channel, {@code null} when absent
     * @param isReturn   whether the line is a return
     */
    public void add(String customerId, long epochDay, double lineAmount, double lineCost, String lineChannel,
                    boolean isReturn) {
        Objects.requireNonNull(customerId, "customerId");
        if (!Double.isFinite(lineAmount)) {
            throw new IllegalArgumentException("The amount of a line of customer " + customerId
                    + " is not a finite number (" + lineAmount + ").");
        }
        checkDay(epochDay, customerId);
        linesRead++;
        if (isReturn) {
            returnLines++;
            if (settings.returns() == ReturnsPolicy.EXCLUDE) {
                return;
            }
        }
        int c;
        if (customerId.equals(lastId)) {
            c = lastCustomer;
        } else {
            c = customerIds.encode(customerId);
            lastId = customerId;
            lastCustomer = c;
        }
        store(c, (int) epochDay, lineAmount, lineCost, lineChannel, isReturn);
    }

    /**
     * Registers a customer id without a line, for callers that already hold customers as dense ints (e.g. a
     * database scan): register each id once, then pass the returned code to
     * {@link #add(int, long, double, double, String, boolean)}. Registering an id twice returns the same code.
     * A registered customer without lines does not appear in the result.
     *
     * @param customerId customer id ({@code null} not permitted)
     * @return the customer's code ({@code >= 0})
     */
    public int registerCustomer(String customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return customerIds.encode(customerId);
    }

    /**
     * Adds one line of a customer registered with {@link #registerCustomer(String)} (the fastest path).
     *
     * @param customerCode code returned by {@link #registerCustomer(String)}
     * @param epochDay     the line's day as {@link LocalDate#toEpochDay()}, in the years 1000 to 9999
     * @param lineAmount   line value, negative for returns; must be finite
     * @param lineCost     cost of the line, {@code NaN} when absent
     * @param lineChannel  channel, {@code null} when absent
     * @param isReturn     whether the line is a return
     */
    public void add(int customerCode, long epochDay, double lineAmount, double lineCost, String lineChannel,
                    boolean isReturn) {
        if (customerCode < 0 || customerCode >= customerIds.size()) {
            throw new IllegalArgumentException("Unknown customer code " + customerCode
                    + "; register the customer first.");
        }
        if (!Double.isFinite(lineAmount)) {
            throw new IllegalArgumentException("The amount of a line of customer " + customerIds.get(customerCode)
                    + " is not a finite number (" + lineAmount + ").");
        }
        checkDay(epochDay, customerIds.get(customerCode));
        linesRead++;
        if (isReturn) {
            returnLines++;
            if (settings.returns() == ReturnsPolicy.EXCLUDE) {
                return;
            }
        }
        store(customerCode, (int) epochDay, lineAmount, lineCost, lineChannel, isReturn);
    }

    private static void checkDay(long epochDay, String customerId) {
        if (epochDay < MIN_DAY || epochDay > MAX_DAY) {
            throw new IllegalArgumentException("A line of customer " + customerId
                    + " is dated outside the years 1000 to 9999.");
        }
    }

    private void store(int c, int d, double lineAmount, double lineCost, String lineChannel, boolean isReturn) {
        int ch = -1;
        if (lineChannel != null) {
            if (lineChannel.equals(lastChannel)) {
                ch = lastChannelCode;
            } else {
                ch = channels.encode(lineChannel);
                lastChannel = lineChannel;
                lastChannelCode = ch;
            }
        }
        if (size == customer.length || shared) {
            grow(Math.max(size + 16, customer.length + (customer.length >> 1) + 16));
            shared = false;
        }
        customer[size] = c;
        day[size] = d;
        amount[size] = lineAmount;
        if (cost == null && !Double.isNaN(lineCost)) {
            cost = new double[customer.length];
            Arrays.fill(cost, 0, size, Double.NaN);
        }
        if (cost != null) {
            cost[size] = lineCost;
        }
        if (channel == null && ch >= 0) {
            channel = new int[customer.length];
            Arrays.fill(channel, 0, size, -1);
        }
        if (channel != null) {
            channel[size] = ch;
        }
        flags[size] = isReturn ? RETURN : 0;
        size++;
        minDay = Math.min(minDay, d);
        maxDay = Math.max(maxDay, d);
    }

    /** @return whether {@code key[from..to)} is already in order (files sorted by date give such runs) */
    private static boolean ascending(long[] key, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (key[k - 1] > key[k]) {
                return false;
            }
        }
        return true;
    }

    private void grow(int n) {
        customer = Arrays.copyOf(customer, n);
        day = Arrays.copyOf(day, n);
        amount = Arrays.copyOf(amount, n);
        cost = cost == null ? null : Arrays.copyOf(cost, n);
        channel = channel == null ? null : Arrays.copyOf(channel, n);
        flags = Arrays.copyOf(flags, n);
    }

    /**
     * Reserves room for the given number of lines in all, so that a caller who knows the count (a database scan)
     * saves the array copies of growing. Optional; smaller counts than the current room are ignored.
     *
     * @param lines expected total lines ({@code >= 0}; at most {@link Integer#MAX_VALUE} - 8)
     */
    public void expectLines(long lines) {
        if (lines > customer.length || shared && lines > size) {
            shared = false;
            grow((int) Math.min(lines, Integer.MAX_VALUE - 8));
        }
    }

    /** @return the summary of the lines added so far */
    public SummaryResult build() {
        return build(ProgressListener.NONE);
    }

    /**
     * Builds the summary in one pass over the lines grouped by customer and sorted by day.
     *
     * @param progress progress and cancellation ({@code null} not permitted)
     * @return the summary of the lines added so far
     * @throws org.valuelens.model.progress.CancelledException when cancelled
     */
    public SummaryResult build(ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        if (size == 0) {
            LocalDate cal = settings.calibrationEnd();
            LocalDate obs = settings.observationEnd() != null ? settings.observationEnd() : cal;
            double holdout = cal == null || obs == null ? 0 : settings.timeUnit().fromDays(
                    obs.toEpochDay() - cal.toEpochDay());
            return new SummaryResult(settings, cal, obs, holdout, List.of(), 0, 0, linesRead, returnLines, 0,
                    null, new long[0]);
        }
        int calEnd = settings.calibrationEnd() != null ? (int) settings.calibrationEnd().toEpochDay() : maxDay;
        int obsEnd = settings.observationEnd() != null ? (int) settings.observationEnd().toEpochDay()
                : Math.max(maxDay, calEnd);
        int customerCount = customerIds.size();

        // Counting sort by customer, scattering the lines into customer-grouped arrays (stable: insertion order
        // kept). key = day offset (31 bits) | return flag (1 bit, purchases sort first) | grouped position (32 bits)
        int[] start = new int[customerCount + 1];
        for (int i = 0; i < size; i++) {
            start[customer[i] + 1]++;
        }
        for (int c = 0; c < customerCount; c++) {
            start[c + 1] += start[c];
        }
        long[] key = new long[size];
        double[] amountG = new double[size];
        double[] costG = settings.includeCost() && cost != null ? new double[size] : null;
        int[] channelG = channels.size() > 0 ? new int[size] : null;
        int[] fill = Arrays.copyOf(start, customerCount);
        for (int i = 0; i < size; i++) {
            int g = fill[customer[i]]++;
            key[g] = ((long) (day[i] - minDay) << 33) | ((long) (flags[i] & RETURN) << 32) | g;
            amountG[g] = amount[i];
            if (costG != null) {
                costG[g] = cost[i];
            }
            if (channelG != null) {
                channelG[g] = channel[i];
            }
        }
        fill = null;
        progress.checkCancelled();

        // repeat purchase days per day offset from minDay, bucketed into periods at the end
        int span = Math.max(0, obsEnd - minDay + 1);
        long[] repeatsPerDay = new long[span];
        double unitDays = settings.timeUnit().days();

        List<CustomerSummary> out = new ArrayList<>();
        double[] litt = new double[Math.min(customerCount, 1024)];
        long wheatCustomers = 0;
        double wheatSquares = 0;
        double logUnit = Math.log(unitDays);
        int afterCalibration = 0;
        int withoutPurchase = 0;
        long afterObservation = 0;
        int earliestFirst = Integer.MAX_VALUE;

        for (int c = 0; c < customerCount; c++) {
            if ((c & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.progress(c, customerCount, "Summarising customers");
            }
            int from = start[c];
            int to = start[c + 1];
            if (to - from > 1 && !ascending(key, from, to)) {
                Arrays.sort(key, from, to);
            }
            int firstDay = Integer.MIN_VALUE;
            int firstChannel = -1;
            for (int k = from; k < to; k++) {
                long e = key[k];
                if (isPurchase(e)) {
                    int d = dayOf(e);
                    if (firstDay == Integer.MIN_VALUE) {
                        firstDay = d;
                    }
                    if (d != firstDay || channelG == null) {
                        break;
                    }
                    int ch = channelG[(int) e];
                    if (ch >= 0) {
                        firstChannel = ch;
                        break;
                    }
                }
            }
            if (firstDay == Integer.MIN_VALUE) {
                if (to > from) {
                    withoutPurchase++;
                }
                continue;
            }
            if (firstDay > calEnd) {
                afterCalibration++;
                for (int k = from; k < to; k++) {
                    if (dayOf(key[k]) > obsEnd) {
                        afterObservation++;
                    }
                }
                continue;
            }
            earliestFirst = Math.min(earliestFirst, firstDay);

            double revenue = 0;
            double costSum = 0;
            boolean hasCost = false;
            double firstDayTotal = 0;
            int transactions = 0;
            int purchaseDays = 0;
            int lastPurchase = Integer.MIN_VALUE;
            int lastCalPurchase = firstDay;
            int holdoutDays = 0;
            double holdoutRevenue = 0;
            double logItt = 0;
            int itt1 = 0;
            int itt2 = 0;
            for (int k = from; k < to;) {
                long e = key[k];
                int d = dayOf(e);
                boolean purchase = isPurchase(e);
                // the lines of one day and kind are summed in the order they were added and then applied once,
                // so that a day total is the same number whether its lines come one by one or already merged
                // (the Spark job's customer-day rows, docs/decisions/0029-spark-job.md)
                long group = e >>> 32;
                double a = 0;
                double dayCost = 0;
                boolean dayHasCost = false;
                int lines = 0;
                for (; k < to && key[k] >>> 32 == group; k++) {
                    int g = (int) key[k];
                    a += amountG[g];
                    if (costG != null && !Double.isNaN(costG[g])) {
                        dayCost += costG[g];
                        dayHasCost = true;
                    }
                    lines++;
                }
                if (d > obsEnd) {
                    afterObservation += lines;
                    continue;
                }
                if (d <= calEnd) {
                    transactions += lines;
                    revenue += a;
                    if (dayHasCost) {
                        costSum += dayCost;
                        hasCost = true;
                    }
                    if (purchase && d != lastPurchase) {
                        purchaseDays++;
                        if (purchaseDays > 1) {
                            repeatsPerDay[d - minDay]++;
                            int itt = d - lastPurchase;
                            logItt += itt < LOG_DAYS.length ? LOG_DAYS[itt] : Math.log(itt);
                            itt1 = itt2;
                            itt2 = itt;
                        }
                        lastPurchase = d;
                        lastCalPurchase = d;
                    }
                    if (purchaseDays <= 1) {
                        firstDayTotal += a;
                    }
                } else {
                    holdoutRevenue += a;
                    if (purchase && d != lastPurchase) {
                        holdoutDays++;
                        lastPurchase = d;
                        repeatsPerDay[d - minDay]++;
                    }
                }
            }
            int x = purchaseDays - 1;
            if (out.size() == litt.length) {
                litt = Arrays.copyOf(litt, Math.min(customerCount, litt.length * 2));
            }
            litt[out.size()] = logItt - x * logUnit;
            if (x >= 2) {
                double m = (double) itt1 / (itt1 + itt2) - 0.5;
                wheatCustomers++;
                wheatSquares += m * m;
            }
            double monetary = x == 0 ? 0.0 : (revenue - firstDayTotal) / x;
            out.add(new CustomerSummary(customerIds.get(c), LocalDate.ofEpochDay(firstDay),
                    LocalDate.ofEpochDay(lastCalPurchase), firstChannel < 0 ? null : channels.get(firstChannel), x,
                    (lastCalPurchase - firstDay) / unitDays, (calEnd - firstDay) / unitDays, monetary, revenue,
                    hasCost ? costSum : null, transactions, holdoutDays, holdoutRevenue));
        }
        progress.progress(customerCount, customerCount, "Summarising customers");

        LocalDate trackingStart = out.isEmpty() ? null : LocalDate.ofEpochDay(earliestFirst);
        long[] perPeriod = new long[0];
        if (trackingStart != null) {
            int origin = minDay;
            perPeriod = bucketByPeriod(earliestFirst, obsEnd, unitDays, d -> repeatsPerDay[d - origin]);
        }
        return new SummaryResult(settings, LocalDate.ofEpochDay(calEnd), LocalDate.ofEpochDay(obsEnd),
                settings.timeUnit().fromDays((double) obsEnd - calEnd), out, afterCalibration, withoutPurchase,
                linesRead, returnLines, afterObservation, trackingStart, perPeriod,
                new PurchaseTiming(Arrays.copyOf(litt, out.size()), wheatCustomers, wheatSquares));
    }

    /**
     * Sums per-day repeat purchase counts into periods of the time unit from the tracking start (period 1 = index
     * 0) up to the observation end; the last period may be partial. Shared with {@link TotalsSummary}.
     */
    static long[] bucketByPeriod(int earliestFirst, int obsEnd, double unitDays,
                                 java.util.function.IntToLongFunction repeatsOnDay) {
        int periods = (int) Math.ceil((obsEnd - earliestFirst + 1) / unitDays - 1e-9);
        long[] perPeriod = new long[Math.max(periods, 0)];
        for (int d = earliestFirst; d <= obsEnd; d++) {
            long n = repeatsOnDay.applyAsLong(d);
            if (n != 0) {
                perPeriod[Math.min((int) Math.floor((d - earliestFirst) / unitDays), periods - 1)] += n;
            }
        }
        return perPeriod;
    }

    private int dayOf(long key) {
        return (int) (key >>> 33) + minDay;
    }

    private static boolean isPurchase(long key) {
        return (key & (1L << 32)) == 0;
    }
}
