package org.valuelens.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a dataset's transaction lines column by column, in file order, and writes them as the segments of the
 * analysis store (see {@link StoredLines} for the names). Optional columns that no line has (cost, quantity, unit
 * price, channel, invoice, a time of day) are neither held nor written: an absent segment reads as "absent on every
 * line" (time of day: midnight).
 *
 * <p>To add a column: a field here, a line in {@link #add} and {@link #write}, and a name in {@link StoredLines};
 * no schema change. Not thread-safe (the importing thread owns it).
 */
final class StoreBuilder {

    private final StoreColumn.Ints customer = new StoreColumn.Ints();
    private final StoreColumn.Ints day = new StoreColumn.Ints();
    private final StoreColumn.Doubles amount = new StoreColumn.Doubles();
    private final StoreColumn.Longs sourceRow = new StoreColumn.Longs();
    private final StoreColumn.Bits isReturn = new StoreColumn.Bits();
    // optional columns: created at the first line that has a value, padded for the lines before
    private StoreColumn.Ints second;
    private StoreColumn.Doubles quantity;
    private StoreColumn.Doubles unitPrice;
    private StoreColumn.Doubles cost;
    private TextColumn channel;
    private TextColumn invoice;
    private StoreColumn.Ints product;
    private StoreColumn.Ints category;

    /**
     * Adds one line.
     *
     * @param customerKey dense customer key
     * @param epochDay    day
     * @param daySecond   seconds since midnight
     * @param amountValue amount
     * @param qty         quantity, {@code null} when absent
     * @param price       unit price, {@code null} when absent
     * @param costValue   cost, {@code null} when absent
     * @param channelName channel, {@code null} when absent
     * @param invoiceNo   invoice, {@code null} when absent
     * @param row         source row
     * @param ret         whether a return
     * @param productKey  product dictionary key ({@code product_items}), -1 when the line has none
     * @param categoryKey category dictionary key, -1 when none
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    void add(int customerKey, int epochDay, int daySecond, double amountValue, Double qty, Double price,
             Double costValue, String channelName, String invoiceNo, long row, boolean ret, int productKey,
             int categoryKey) {
        int before = customer.size;
        customer.add(customerKey);
        day.add(epochDay);
        if (second == null && daySecond != 0) {
            second = new StoreColumn.Ints();
            for (int i = 0; i < before; i++) {
                second.add(0);
            }
        }
        if (second != null) {
            second.add(daySecond);
        }
        amount.add(amountValue);
        quantity = optional(quantity, qty, before);
        unitPrice = optional(unitPrice, price, before);
        cost = optional(cost, costValue, before);
        channel = TextColumn.optional(channel, channelName, before);
        invoice = TextColumn.optional(invoice, invoiceNo, before);
        sourceRow.add(row);
        isReturn.add(ret);
        product = optionalKey(product, productKey, before);
        category = optionalKey(category, categoryKey, before);
    }

    private static StoreColumn.Ints optionalKey(StoreColumn.Ints column, int key, int before) {
        StoreColumn.Ints c = column;
        if (c == null && key >= 0) {
            c = new StoreColumn.Ints();
            for (int i = 0; i < before; i++) {
                c.add(-1);
            }
        }
        if (c != null) {
            c.add(key);
        }
        return c;
    }

    private static StoreColumn.Doubles optional(StoreColumn.Doubles column, Double value, int before) {
        StoreColumn.Doubles c = column;
        if (c == null && value != null) {
            c = new StoreColumn.Doubles();
            for (int i = 0; i < before; i++) {
                c.add(Double.NaN);
            }
        }
        if (c != null) {
            c.add(value == null ? Double.NaN : value);
        }
        return c;
    }

    /** @return lines added */
    int size() {
        return customer.size;
    }

    /**
     * Writes the segments (the caller owns the transaction and marks the dataset's store version).
     *
     * @param c           the connection
     * @param datasetId   the dataset
     * @param customerIds the customer ids by key
     */
    void write(Connection c, int datasetId, List<String> customerIds) throws SQLException {
        StoreSegments.write(c, datasetId, StoredLines.CUSTOMER_IDS, StoreSegments.Kind.STRINGS,
                TextColumn.dictionary(customerIds));
        write(c, datasetId, StoredLines.CUSTOMER, customer);
        write(c, datasetId, StoredLines.DAY, day);
        write(c, datasetId, StoredLines.SECOND, second);
        write(c, datasetId, StoredLines.AMOUNT, amount);
        write(c, datasetId, StoredLines.QUANTITY, quantity);
        write(c, datasetId, StoredLines.UNIT_PRICE, unitPrice);
        write(c, datasetId, StoredLines.COST, cost);
        if (channel != null) {
            channel.write(c, datasetId, StoredLines.CHANNEL);
        }
        if (invoice != null) {
            invoice.write(c, datasetId, StoredLines.INVOICE);
        }
        write(c, datasetId, StoredLines.SOURCE_ROW, sourceRow);
        write(c, datasetId, StoredLines.RETURN, isReturn);
        write(c, datasetId, StoredLines.PRODUCT, product);
        write(c, datasetId, StoredLines.CATEGORY, category);
    }

    private static void write(Connection c, int datasetId, String name, StoreColumn column) throws SQLException {
        if (column == null) {
            return;
        }
        StoreSegments.write(c, datasetId, name, column.kind(), column.chunks());
    }

    /** A text column: int codes (-1 = absent) and the dictionary of distinct texts in first-seen order. */
    static final class TextColumn {
        private final StoreColumn.Ints codes = new StoreColumn.Ints();
        private final Map<String, Integer> dictionary = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        static TextColumn optional(TextColumn column, String text, int before) {
            TextColumn c = column;
            if (c == null && text != null) {
                c = new TextColumn();
                for (int i = 0; i < before; i++) {
                    c.codes.add(-1);
                }
            }
            if (c != null) {
                c.add(text);
            }
            return c;
        }

        void add(String text) {
            if (text == null) {
                codes.add(-1);
                return;
            }
            Integer code = dictionary.get(text);
            if (code == null) {
                code = texts.size();
                dictionary.put(text, code);
                texts.add(text);
            }
            codes.add(code);
        }

        /** Writes {@code name} (codes) and {@code name.dict}. */
        void write(Connection c, int datasetId, String name) throws SQLException {
            StoreSegments.write(c, datasetId, name, StoreSegments.Kind.INT32, codes.chunks());
            StoreSegments.write(c, datasetId, name + StoredLines.DICTIONARY, StoreSegments.Kind.STRINGS,
                    dictionary(texts));
        }

        /** Encodes texts as length-prefixed UTF-8 in chunks of at most {@link StoreSegments#CHUNK_BYTES}. */
        static List<StoreSegments.Chunk> dictionary(List<String> texts) throws SQLException {
            List<StoreSegments.Chunk> out = new ArrayList<>();
            java.nio.ByteBuffer b = StoreColumn.buffer(StoreSegments.CHUNK_BYTES);
            int count = 0;
            for (String text : texts) {
                byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (utf8.length + Integer.BYTES > StoreSegments.CHUNK_BYTES) {
                    throw new SQLException("A text of " + utf8.length + " bytes is too long for the analysis store");
                }
                if (b.remaining() < utf8.length + Integer.BYTES) {
                    out.add(new StoreSegments.Chunk(count, java.util.Arrays.copyOf(b.array(), b.position())));
                    b.clear();
                    count = 0;
                }
                b.putInt(utf8.length).put(utf8);
                count++;
            }
            if (count > 0 || out.isEmpty()) {
                out.add(new StoreSegments.Chunk(count, java.util.Arrays.copyOf(b.array(), b.position())));
            }
            return out;
        }
    }
}
