package org.valuelens.model.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Memory: customer ids are dictionary-encoded; each line costs about 29 bytes in primitive arrays (plus
 * 8 bytes transiently during {@link #build()}), so 10 million lines fit comfortably in a 2 GB heap.
 *
 * <p>Not thread-safe; use one builder per summary. {@link #build()} may be called more than once.
 */
public final class SummaryBuilder {

    private static final int INITIAL = 1 << 12;
    private static final byte RETURN = 1;

    private final SummarySettings settings;
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final Map<String, Integer> channelIndex = new HashMap<>();
    private final List<String> channels = new ArrayList<>();

    private int[] customer = new int[INITIAL];
    private int[] day = new int[INITIAL];
    private double[] amount = new double[INITIAL];
    private double[] cost = new double[INITIAL];
    private int[] channel = new int[INITIAL];
    private byte[] flags = new byte[INITIAL];
    private int size;

    private long linesRead;
    private long returnLines;
    private int minDay = Integer.MAX_VALUE;
    private int maxDay = Integer.MIN_VALUE;
    private String lastId;
    private int lastCustomer = -1;

    /**
     * @param settings how to summarise ({@code null} not permitted)
     */
    public SummaryBuilder(SummarySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
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
     * @param epochDay   the line's day as {@link LocalDate#toEpochDay()}
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
        if (epochDay < -100_000_000L || epochDay > 100_000_000L) {
            throw new IllegalArgumentException("The date of a line of customer " + customerId + " is out of range.");
        }
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
            Integer known = customerIndex.get(customerId);
            if (known == null) {
                known = customerIds.size();
                customerIndex.put(customerId, known);
                customerIds.add(customerId);
            }
            c = known;
            lastId = customerId;
            lastCustomer = c;
        }
        int ch = -1;
        if (lineChannel != null) {
            Integer known = channelIndex.get(lineChannel);
            if (known == null) {
                known = channels.size();
                channelIndex.put(lineChannel, known);
                channels.add(lineChannel);
            }
            ch = known;
        }
        if (size == customer.length) {
            grow();
        }
        int d = (int) epochDay;
        customer[size] = c;
        day[size] = d;
        amount[size] = lineAmount;
        cost[size] = lineCost;
        channel[size] = ch;
        flags[size] = isReturn ? RETURN : 0;
        size++;
        minDay = Math.min(minDay, d);
        maxDay = Math.max(maxDay, d);
    }

    private void grow() {
        int n = customer.length + (customer.length >> 1) + 16;
        customer = Arrays.copyOf(customer, n);
        day = Arrays.copyOf(day, n);
        amount = Arrays.copyOf(amount, n);
        cost = Arrays.copyOf(cost, n);
        channel = Arrays.copyOf(channel, n);
        flags = Arrays.copyOf(flags, n);
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

        // counting sort of line positions by customer (stable: insertion order kept within a customer)
        int[] start = new int[customerCount + 1];
        for (int i = 0; i < size; i++) {
            start[customer[i] + 1]++;
        }
        for (int c = 0; c < customerCount; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[size];
        int[] fill = Arrays.copyOf(start, customerCount);
        for (int i = 0; i < size; i++) {
            order[fill[customer[i]]++] = i;
        }
        fill = null;

        // repeat purchase days per day offset from minDay, bucketed into periods at the end
        int span = Math.max(0, obsEnd - minDay + 1);
        long[] repeatsPerDay = new long[span];
        double unitDays = settings.timeUnit().days();
        boolean withCost = settings.includeCost();

        List<CustomerSummary> out = new ArrayList<>();
        int afterCalibration = 0;
        int withoutPurchase = 0;
        long afterObservation = 0;
        int earliestFirst = Integer.MAX_VALUE;
        long[] keys = new long[16];

        for (int c = 0; c < customerCount; c++) {
            if ((c & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.progress(c, customerCount, "Summarising customers");
            }
            int from = start[c];
            int len = start[c + 1] - from;
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            // key: day offset (31 bits) | return flag (1 bit, purchases first) | position in order (32 bits)
            for (int k = 0; k < len; k++) {
                int i = order[from + k];
                long dayOff = (long) day[i] - minDay;
                keys[k] = (dayOff << 33) | ((long) (flags[i] & RETURN) << 32) | k;
            }
            Arrays.sort(keys, 0, len);

            int firstDay = Integer.MIN_VALUE;
            int firstChannel = -1;
            for (int k = 0; k < len; k++) {
                int i = order[from + (int) keys[k]];
                if ((flags[i] & RETURN) == 0) {
                    if (firstDay == Integer.MIN_VALUE) {
                        firstDay = day[i];
                    }
                    if (day[i] != firstDay) {
                        break;
                    }
                    if (channel[i] >= 0) {
                        firstChannel = channel[i];
                        break;
                    }
                }
            }
            if (firstDay == Integer.MIN_VALUE) {
                withoutPurchase++;
                continue;
            }
            if (firstDay > calEnd) {
                afterCalibration++;
                for (int k = 0; k < len; k++) {
                    if (day[order[from + (int) keys[k]]] > obsEnd) {
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
            int holdoutDays = 0;
            double holdoutRevenue = 0;
            for (int k = 0; k < len; k++) {
                int i = order[from + (int) keys[k]];
                int d = day[i];
                if (d > obsEnd) {
                    afterObservation++;
                    continue;
                }
                boolean purchase = (flags[i] & RETURN) == 0;
                if (d <= calEnd) {
                    transactions++;
                    revenue += amount[i];
                    if (withCost && !Double.isNaN(cost[i])) {
                        costSum += cost[i];
                        hasCost = true;
                    }
                    if (purchase && d != lastPurchase) {
                        purchaseDays++;
                        lastPurchase = d;
                        if (purchaseDays > 1) {
                            repeatsPerDay[d - minDay]++;
                        }
                    }
                    if (purchaseDays <= 1) {
                        firstDayTotal += amount[i];
                    }
                } else {
                    holdoutRevenue += amount[i];
                    if (purchase && d != lastPurchase) {
                        holdoutDays++;
                        lastPurchase = d;
                        repeatsPerDay[d - minDay]++;
                    }
                }
            }
            int x = purchaseDays - 1;
            int lastCalPurchase = lastCalibrationPurchase(keys, len, from, order, calEnd);
            double monetary = x == 0 ? 0.0 : (revenue - firstDayTotal) / x;
            LocalDate first = LocalDate.ofEpochDay(firstDay);
            out.add(new CustomerSummary(customerIds.get(c), first, LocalDate.ofEpochDay(lastCalPurchase),
                    firstChannel < 0 ? null : channels.get(firstChannel), x,
                    (lastCalPurchase - firstDay) / unitDays, (calEnd - firstDay) / unitDays, monetary, revenue,
                    hasCost ? costSum : null, transactions, holdoutDays, holdoutRevenue));
        }
        progress.progress(customerCount, customerCount, "Summarising customers");

        LocalDate trackingStart = out.isEmpty() ? null : LocalDate.ofEpochDay(earliestFirst);
        long[] perPeriod = new long[0];
        if (trackingStart != null) {
            int periods = (int) Math.ceil((obsEnd - earliestFirst + 1) / unitDays - 1e-9);
            perPeriod = new long[Math.max(periods, 0)];
            for (int d = earliestFirst; d <= obsEnd; d++) {
                long n = repeatsPerDay[d - minDay];
                if (n != 0) {
                    perPeriod[Math.min((int) Math.floor((d - earliestFirst) / unitDays), periods - 1)] += n;
                }
            }
        }
        return new SummaryResult(settings, LocalDate.ofEpochDay(calEnd), LocalDate.ofEpochDay(obsEnd),
                settings.timeUnit().fromDays((double) obsEnd - calEnd), out, afterCalibration, withoutPurchase,
                linesRead, returnLines, afterObservation, trackingStart, perPeriod);
    }

    private int lastCalibrationPurchase(long[] keys, int len, int from, int[] order, int calEnd) {
        for (int k = len - 1; k >= 0; k--) {
            int i = order[from + (int) keys[k]];
            if ((flags[i] & RETURN) == 0 && day[i] <= calEnd) {
                return day[i];
            }
        }
        throw new IllegalStateException("no calibration purchase");
    }
}
