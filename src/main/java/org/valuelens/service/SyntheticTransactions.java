package org.valuelens.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.valuelens.model.Transaction;

/**
 * A seeded, realistic synthetic transaction log for benchmarks: customers join over the first year, buy at
 * heterogeneous rates (gamma-distributed, shape 0.8), churn after an exponential lifetime (some stay active to the
 * end), and spend lognormal amounts around a customer-specific mean. Exactly {@code transactions} rows over
 * {@link #DAYS} days from {@link #START}, sorted by date; every customer has at least one purchase when
 * {@code transactions >= customers}. Deterministic for a given (transactions, customers, seed).
 */
public final class SyntheticTransactions {

    /** First day of the log. */
    public static final LocalDate START = LocalDate.of(2023, 1, 1);
    /** Length of the log in days (two years). */
    public static final int DAYS = 730;

    private final int[] customer;
    private final int[] day;
    private final double[] amount;
    private final int customers;

    /**
     * @param transactions rows to generate ({@code >= 1})
     * @param customers    customers ({@code 1..transactions})
     * @param random       the randomness ({@code null} not permitted); consumed here
     */
    public SyntheticTransactions(int transactions, int customers, Random random) {
        if (transactions < 1 || customers < 1 || customers > transactions) {
            throw new IllegalArgumentException("need 1 <= customers <= transactions, got " + customers + " and "
                    + transactions);
        }
        Objects.requireNonNull(random, "random");
        this.customers = customers;
        int[] first = new int[customers];
        int[] end = new int[customers];
        double[] mu = new double[customers];
        double[] cumulative = new double[customers];
        double total = 0;
        for (int c = 0; c < customers; c++) {
            first[c] = random.nextInt(DAYS / 2);
            double lifetime = -Math.log(1 - random.nextDouble()) * 300;
            end[c] = (int) Math.min(DAYS - 1, first[c] + lifetime);
            double rate = gamma(0.8, random) / 0.8;
            mu[c] = 3.3 + 0.5 * random.nextGaussian();
            total += rate * (end[c] - first[c] + 1);
            cumulative[c] = total;
        }
        long[] keys = new long[transactions];
        for (int i = 0; i < transactions; i++) {
            int c;
            int d;
            if (i < customers) {
                c = i;
                d = first[c];
            } else {
                int pos = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                c = Math.min(customers - 1, pos >= 0 ? pos : -pos - 1);
                d = first[c] + random.nextInt(end[c] - first[c] + 1);
            }
            keys[i] = ((long) d << 32) | c;
        }
        Arrays.sort(keys);
        customer = new int[transactions];
        day = new int[transactions];
        amount = new double[transactions];
        for (int i = 0; i < transactions; i++) {
            day[i] = (int) (keys[i] >>> 32);
            customer[i] = (int) keys[i];
            amount[i] = Math.round(Math.exp(mu[customer[i]] + 0.6 * random.nextGaussian()) * 100) / 100.0;
        }
    }

    /** Marsaglia–Tsang for shape < 1 via the boost shape + 1. */
    private static double gamma(double shape, Random random) {
        double d = shape + 1 - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        double v;
        while (true) {
            double x = random.nextGaussian();
            v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                break;
            }
        }
        return d * v * Math.pow(random.nextDouble(), 1 / shape);
    }

    /** @return rows */
    public int size() {
        return day.length;
    }

    /** @return customers */
    public int customers() {
        return customers;
    }

    static String customerId(int c) {
        return "C" + (1_000_000 + c);
    }

    /**
     * Writes {@code customer,date,amount} with a header, ISO dates, UTF-8.
     *
     * @param file the file to write
     * @throws IOException when writing fails
     */
    public void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("customer,date,amount\n");
            String[] dates = new String[DAYS];
            for (int d = 0; d < DAYS; d++) {
                dates[d] = START.plusDays(d).toString();
            }
            StringBuilder line = new StringBuilder(40);
            for (int i = 0; i < day.length; i++) {
                line.setLength(0);
                line.append(customerId(customer[i])).append(',').append(dates[day[i]]).append(',')
                        .append(amount[i]).append('\n');
                w.append(line);
            }
        }
    }

    /**
     * Passes every row as a transaction (source rows 2.., as in the CSV).
     *
     * @param consumer receives the rows in file order
     */
    public void forEach(Consumer<Transaction> consumer) {
        String[] ids = new String[customers];
        for (int c = 0; c < customers; c++) {
            ids[c] = customerId(c);
        }
        for (int i = 0; i < day.length; i++) {
            consumer.accept(new Transaction(ids[customer[i]], START.plusDays(day[i]).atStartOfDay(), amount[i],
                    null, null, null, null, null, i + 2L, false));
        }
    }
}
