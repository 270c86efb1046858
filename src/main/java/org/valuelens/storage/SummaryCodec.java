package org.valuelens.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.summary.PurchaseTiming;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;

/**
 * Turns a {@link SummaryResult} into bytes and back, losslessly (every double bit for bit, {@code null}s kept), for
 * {@link SavedSummaryRepository}. Columnar: each customer field is one run of values, read back with bulk buffer
 * copies; strings as UTF-8 with their byte length; channels as a dictionary.
 */
final class SummaryCodec {

    /** Raised when the layout below changes; a saved summary of another format is ignored. */
    static final int FORMAT = 1;
    private static final long NO_DAY = Long.MIN_VALUE;

    private SummaryCodec() {
    }

    static byte[] encode(SummaryResult s) {
        List<CustomerSummary> cs = s.customers();
        int n = cs.size();
        byte[][] ids = new byte[n][];
        long idBytes = 0;
        Map<String, Integer> channelCodes = new HashMap<>();
        List<byte[]> channels = new ArrayList<>();
        int[] channel = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = cs.get(i).customerId().getBytes(StandardCharsets.UTF_8);
            idBytes += ids[i].length;
            String ch = cs.get(i).channel();
            channel[i] = ch == null ? -1 : channelCodes.computeIfAbsent(ch, k -> {
                channels.add(k.getBytes(StandardCharsets.UTF_8));
                return channels.size() - 1;
            });
        }
        long channelBytes = channels.stream().mapToLong(b -> b.length + Integer.BYTES).sum();
        long[] perPeriod = s.repeatPurchasesPerPeriod();
        long size = 4L * Integer.BYTES + 12L * Long.BYTES + perPeriod.length * (long) Long.BYTES + channelBytes
                + n * (Integer.BYTES + 6L * Integer.BYTES + 7L * Double.BYTES + 1) + idBytes;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the summary is too large to save (" + size + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(FORMAT).putInt(n).putInt(perPeriod.length).putInt(channels.size());
        b.putLong(day(s.calibrationEnd())).putLong(day(s.observationEnd())).putLong(day(s.trackingStart()));
        b.putDouble(s.holdoutLength()).putLong(s.customersAfterCalibration()).putLong(s.customersWithoutPurchase());
        b.putLong(s.linesRead()).putLong(s.returnLines()).putLong(s.linesAfterObservationEnd());
        PurchaseTiming timing = s.timing();
        b.putLong(timing.wheatCustomers()).putDouble(timing.wheatSquaredSum());
        b.putLong(0); // reserved
        for (long v : perPeriod) {
            b.putLong(v);
        }
        for (byte[] c : channels) {
            b.putInt(c.length).put(c);
        }
        for (int i = 0; i < n; i++) {
            b.putInt(ids[i].length).put(ids[i]);
        }
        for (int i = 0; i < n; i++) {
            CustomerSummary c = cs.get(i);
            b.putInt(channel[i]).putInt((int) c.firstPurchase().toEpochDay())
                    .putInt((int) c.lastPurchase().toEpochDay()).putInt(c.frequency()).putInt(c.transactions()).putInt(c.holdoutFrequency());
        }
        for (int i = 0; i < n; i++) {
            CustomerSummary c = cs.get(i);
            b.putDouble(c.recency()).putDouble(c.age()).putDouble(c.monetaryValue()).putDouble(c.revenue())
                    .putDouble(c.cost() == null ? 0 : c.cost()).putDouble(c.holdoutRevenue());
        }
        double[] litt = timing.litt();
        for (int i = 0; i < n; i++) {
            b.putDouble(litt[i]);
        }
        for (int i = 0; i < n; i++) {
            b.put((byte) (cs.get(i).cost() == null ? 0 : 1));
        }
        if (b.hasRemaining()) {
            throw new IllegalStateException("summary size miscounted by " + b.remaining() + " bytes");
        }
        return b.array();
    }

    /**
     * @param bytes    what {@link #encode} wrote
     * @param settings the settings the summary was made with (they are its key)
     * @return the summary, or {@code null} when the bytes are of another format
     */
    static SummaryResult decode(byte[] bytes, SummarySettings settings) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != FORMAT) {
            return null;
        }
        int n = b.getInt();
        int periods = b.getInt();
        int channelCount = b.getInt();
        LocalDate calibrationEnd = date(b.getLong());
        LocalDate observationEnd = date(b.getLong());
        LocalDate trackingStart = date(b.getLong());
        double holdout = b.getDouble();
        int afterCalibration = (int) b.getLong();
        int withoutPurchase = (int) b.getLong();
        long linesRead = b.getLong();
        long returnLines = b.getLong();
        long afterObservation = b.getLong();
        long wheatCustomers = b.getLong();
        double wheatSquares = b.getDouble();
        b.getLong();
        long[] perPeriod = new long[periods];
        b.asLongBuffer().get(perPeriod);
        b.position(b.position() + periods * Long.BYTES);
        String[] channels = new String[channelCount];
        for (int i = 0; i < channelCount; i++) {
            channels[i] = string(b);
        }
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = string(b);
        }
        int[] ints = new int[6 * n];
        b.asIntBuffer().get(ints);
        b.position(b.position() + ints.length * Integer.BYTES);
        double[] doubles = new double[6 * n];
        b.asDoubleBuffer().get(doubles);
        b.position(b.position() + doubles.length * Double.BYTES);
        double[] litt = new double[n];
        b.asDoubleBuffer().get(litt);
        b.position(b.position() + n * Double.BYTES);
        byte[] hasCost = new byte[n];
        b.get(hasCost);
        List<CustomerSummary> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int o = 6 * i;
            customers.add(new CustomerSummary(ids[i], LocalDate.ofEpochDay(ints[o + 1]),
                    LocalDate.ofEpochDay(ints[o + 2]), ints[o] < 0 ? null : channels[ints[o]], ints[o + 3],
                    doubles[o], doubles[o + 1], doubles[o + 2], doubles[o + 3],
                    hasCost[i] == 0 ? null : doubles[o + 4], ints[o + 4], ints[o + 5], doubles[o + 5]));
        }
        return new SummaryResult(settings, calibrationEnd, observationEnd, holdout, customers, afterCalibration,
                withoutPurchase, linesRead, returnLines, afterObservation, trackingStart, perPeriod,
                new PurchaseTiming(litt, wheatCustomers, wheatSquares));
    }

    private static String string(ByteBuffer b) {
        int len = b.getInt();
        String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
        return s;
    }

    private static long day(LocalDate d) {
        return d == null ? NO_DAY : d.toEpochDay();
    }

    private static LocalDate date(long v) {
        return v == NO_DAY ? null : LocalDate.ofEpochDay(v);
    }
}
