package org.valuelens.storage;

import java.util.Map;
import java.util.Set;

/**
 * A dataset's transaction lines as loaded from the analysis store: one primitive array per column, in file order
 * (the order of the import, the same as the row table's storage order). Only the segments asked for are loaded;
 * the others are {@code null}, as are optional columns no line has. Read-only by convention (the arrays are
 * shared with the store's cache and must not be changed).
 */
final class StoredLines {

    /** Segment names; a text column {@code X} has its codes in {@code X} and its texts in {@code X + DICTIONARY}. */
    static final String CUSTOMER_IDS = "customer_ids";
    static final String CUSTOMER = "customer";
    static final String DAY = "day";
    static final String SECOND = "second";
    static final String AMOUNT = "amount";
    static final String QUANTITY = "quantity";
    static final String UNIT_PRICE = "unit_price";
    static final String COST = "cost";
    static final String CHANNEL = "channel";
    static final String INVOICE = "invoice";
    static final String SOURCE_ROW = "source_row";
    static final String RETURN = "return";
    static final String DICTIONARY = ".dict";
    /** Product and category keys into {@code product_items} (-1 = none); absent when the file has no such column. */
    static final String PRODUCT = "product";
    static final String CATEGORY = "category";

    /** What the summary needs. */
    static final Set<String> LINE = Set.of(CUSTOMER, DAY, AMOUNT, COST, CHANNEL, CHANNEL + DICTIONARY, RETURN);
    /** What the cohorts need (the summary's columns and the time of day). */
    static final Set<String> TIMED_LINE = Set.of(CUSTOMER, DAY, SECOND, AMOUNT, COST, CHANNEL,
            CHANNEL + DICTIONARY, RETURN);
    /** What the product and order analyses need. */
    static final Set<String> PRODUCT_LINE = Set.of(CUSTOMER, DAY, SECOND, AMOUNT, COST, CHANNEL,
            CHANNEL + DICTIONARY, INVOICE, INVOICE + DICTIONARY, PRODUCT, CATEGORY, RETURN);
    /** Every column of a line. */
    static final Set<String> ALL = Set.of(CUSTOMER_IDS, CUSTOMER, DAY, SECOND, AMOUNT, QUANTITY, UNIT_PRICE, COST,
            CHANNEL, CHANNEL + DICTIONARY, INVOICE, INVOICE + DICTIONARY, SOURCE_ROW, RETURN);

    final int size;
    final String[] customerIds;
    final int[] customer;
    final int[] day;
    final int[] second;
    final double[] amount;
    final double[] quantity;
    final double[] unitPrice;
    final double[] cost;
    final int[] channel;
    final String[] channels;
    final int[] invoice;
    final String[] invoices;
    final long[] sourceRow;
    final boolean[] isReturn;
    final int[] product;
    final int[] category;

    StoredLines(Map<String, Object> segments) {
        customerIds = (String[]) segments.getOrDefault(CUSTOMER_IDS, new String[0]);
        customer = (int[]) segments.get(CUSTOMER);
        day = (int[]) segments.get(DAY);
        second = (int[]) segments.get(SECOND);
        amount = (double[]) segments.get(AMOUNT);
        quantity = (double[]) segments.get(QUANTITY);
        unitPrice = (double[]) segments.get(UNIT_PRICE);
        cost = (double[]) segments.get(COST);
        channel = (int[]) segments.get(CHANNEL);
        channels = (String[]) segments.get(CHANNEL + DICTIONARY);
        invoice = (int[]) segments.get(INVOICE);
        invoices = (String[]) segments.get(INVOICE + DICTIONARY);
        sourceRow = (long[]) segments.get(SOURCE_ROW);
        isReturn = (boolean[]) segments.get(RETURN);
        product = (int[]) segments.get(PRODUCT);
        category = (int[]) segments.get(CATEGORY);
        size = customer == null ? 0 : customer.length;
    }

    int second(int i) {
        return second == null ? 0 : second[i];
    }

    double cost(int i) {
        return cost == null ? Double.NaN : cost[i];
    }

    String channel(int i) {
        return channel == null || channel[i] < 0 ? null : channels[channel[i]];
    }

    String invoice(int i) {
        return invoice == null || invoice[i] < 0 ? null : invoices[invoice[i]];
    }

    int product(int i) {
        return product == null ? -1 : product[i];
    }

    int category(int i) {
        return category == null ? -1 : category[i];
    }

    static Double boxed(double[] column, int i) {
        return column == null || Double.isNaN(column[i]) ? null : column[i];
    }
}
