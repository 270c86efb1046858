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
     * Writes an Online-Retail-like workbook with the streaming writer (SXSSF): one sheet "Online Retail" with
     * InvoiceNo, StockCode, Description, Quantity, InvoiceDate (date-time cell), UnitPrice, CustomerID (number),
     * Country. Quantity × UnitPrice approximates the row's amount; about 2 % of rows are returns (invoice "C...",
     * negative quantity). Seeded by {@code seed} for the extra columns.
     *
     * @param file the .xlsx file to write
     * @param seed seed for quantities, times, products and returns
     * @throws IOException when writing fails
     */
    public void writeXlsx(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        String[] countries = {"United Kingdom", "United Kingdom", "United Kingdom", "Germany", "France", "EIRE"};
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Online Retail");
            org.apache.poi.ss.usermodel.CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            String[] names = {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < day.length; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(i + 1);
                boolean isReturn = random.nextInt(50) == 0;
                int quantity = 1 + random.nextInt(6);
                double price = Math.max(0.01, Math.round(amount[i] / quantity * 100) / 100.0);
                int stock = 10000 + random.nextInt(4000);
                row.createCell(0).setCellValue((isReturn ? "C" : "") + (536365 + i / 4));
                row.createCell(1).setCellValue(Integer.toString(stock));
                row.createCell(2).setCellValue("PRODUCT " + stock);
                row.createCell(3).setCellValue(isReturn ? -quantity : quantity);
                org.apache.poi.ss.usermodel.Cell date = row.createCell(4);
                date.setCellValue(START.plusDays(day[i]).atTime(8 + random.nextInt(10), random.nextInt(60)));
                date.setCellStyle(dateStyle);
                row.createCell(5).setCellValue(price);
                row.createCell(6).setCellValue(12346 + customer[i]);
                row.createCell(7).setCellValue(countries[random.nextInt(countries.length)]);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** Products of {@link #forEach}: a few popular, many rare. */
    static final int PRODUCTS = 4000;

    /**
     * Passes every row as a transaction (source rows 2.., as in the CSV), each with a product "P0".."P3999" drawn
     * from a skewed distribution by a hash of the row number (deterministic, no randomness consumed).
     *
     * @param consumer receives the rows in file order
     */
    public void forEach(Consumer<Transaction> consumer) {
        String[] ids = new String[customers];
        for (int c = 0; c < customers; c++) {
            ids[c] = customerId(c);
        }
        String[] products = new String[PRODUCTS];
        for (int p = 0; p < PRODUCTS; p++) {
            products[p] = "P" + p;
        }
        for (int i = 0; i < day.length; i++) {
            long h = (i + 1L) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 31;
            double u = (h & 0xFFFFFFL) / (double) (1 << 24);
            consumer.accept(new Transaction(ids[customer[i]], START.plusDays(day[i]).atStartOfDay(), amount[i],
                    null, null, null, null, null, i + 2L, false, products[(int) (PRODUCTS * u * u * u)], null,
                    null));
        }
    }
}
