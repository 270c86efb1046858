package org.valuelens.importer;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

/**
 * Turns the cells of one data row into exactly one call on the sink: a transaction, a customer, or a rejected
 * row. Checks, in order: column count, customer id, date, amount (or quantity and unit price), other numbers,
 * then exact duplicates of an earlier accepted row (64-bit hashes, {@link RowRepeats}).
 */
final class RowProcessor {
    private final ImportPlan plan;
    private final RowSink sink;
    private final DateParser dates;
    private final RowRepeats repeats;
    private final NumberSurprises surprises;
    private final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    private final int id;
    private final int date;
    private final int amount;
    private final int quantity;
    private final int price;
    private final int cost;
    private final int channel;
    private final int invoice;
    private final int product;
    private final int productLabel;
    private final int category;
    private final int acquisitionDate;
    private final int cac;
    private final int aov;
    private final int frequency;
    private final int lifespan;
    private final int margin;
    private final int neededWidth;
    private final int headerWidth;
    private final boolean customers;
    private long read;
    private long accepted;
    private long rejectedCount;
    private long returns;
    private LocalDateTime first;
    private LocalDateTime last;

    RowProcessor(ImportPlan plan, RowSink sink) {
        this.plan = plan;
        this.repeats = new RowRepeats(plan.keepDuplicates);
        this.sink = sink;
        this.dates = new DateParser(plan.dayFirst, plan.minguo, plan.userDatePattern);
        this.surprises = new NumberSurprises(plan.headerCells);
        Map<ColumnRole, Integer> m = plan.mapping;
        id = m.getOrDefault(ColumnRole.CUSTOMER_ID, -1);
        date = m.getOrDefault(ColumnRole.DATE, -1);
        amount = m.getOrDefault(ColumnRole.AMOUNT, -1);
        quantity = m.getOrDefault(ColumnRole.QUANTITY, -1);
        price = m.getOrDefault(ColumnRole.UNIT_PRICE, -1);
        cost = m.getOrDefault(ColumnRole.COST, -1);
        channel = m.getOrDefault(ColumnRole.CHANNEL, -1);
        invoice = m.getOrDefault(ColumnRole.INVOICE, -1);
        product = m.getOrDefault(ColumnRole.PRODUCT, -1);
        productLabel = m.getOrDefault(ColumnRole.PRODUCT_LABEL, -1);
        category = m.getOrDefault(ColumnRole.CATEGORY, -1);
        acquisitionDate = m.getOrDefault(ColumnRole.ACQUISITION_DATE, -1);
        cac = m.getOrDefault(ColumnRole.ACQUISITION_COST, -1);
        aov = m.getOrDefault(ColumnRole.AVERAGE_ORDER_VALUE, -1);
        frequency = m.getOrDefault(ColumnRole.PURCHASE_FREQUENCY, -1);
        lifespan = m.getOrDefault(ColumnRole.LIFESPAN, -1);
        margin = m.getOrDefault(ColumnRole.MARGIN, -1);
        customers = plan.shape == DataShape.CUSTOMERS;
        int needed = id;
        if (!customers) {
            needed = Math.max(needed, date);
            needed = Math.max(needed, amount >= 0 ? amount : Math.max(quantity, price));
        }
        neededWidth = needed + 1;
        headerWidth = (plan.text != null || plan.detachedText) && plan.header ? plan.headerWidth
                : Integer.MAX_VALUE;
    }

    void accept(Object[] input, long row, String sheet) {
        read++;
        Object[] cells = input;
        if (cells.length < neededWidth && plan.excel != null) {
            // Excel stores no trailing empty cells: a short row is a row with blank cells at the end
            cells = java.util.Arrays.copyOf(cells, neededWidth);
        }
        if (cells.length < neededWidth) {
            reject(cells, row, sheet, RejectReason.WRONG_COLUMN_COUNT, null, "The row has " + cells.length
                    + " columns but " + neededWidth + " are needed.");
            return;
        }
        for (int i = headerWidth; i < cells.length; i++) {
            if (!Cells.isBlank(cells[i])) {
                reject(cells, row, sheet, RejectReason.WRONG_COLUMN_COUNT, null, "The row has " + cells.length
                        + " columns but the header has " + headerWidth + ".");
                return;
            }
        }
        String customer = Cells.text(cells[id]).trim();
        if (customer.isEmpty()) {
            reject(cells, row, sheet, RejectReason.MISSING_CUSTOMER_ID, id, "The customer id is empty.");
            return;
        }
        if (customers) {
            customerRow(cells, row, sheet, customer);
        } else {
            transactionRow(cells, row, sheet, customer);
        }
    }

    private void transactionRow(Object[] cells, long row, String sheet, String customer) {
        Object dateCell = cells[date];
        if (Cells.isBlank(dateCell)) {
            reject(cells, row, sheet, RejectReason.MISSING_DATE, date, "The date is empty.");
            return;
        }
        LocalDateTime timestamp = toDate(dateCell);
        if (timestamp == null) {
            reject(cells, row, sheet, RejectReason.BAD_DATE, date, "The date \"" + Cells.text(dateCell).trim()
                    + "\" is not a date" + (plan.datePattern != null ? " in the form " + plan.datePattern : "")
                    + ".");
            return;
        }
        double q = Double.NaN;
        double p = Double.NaN;
        if (quantity >= 0 && quantity < cells.length && !Cells.isBlank(cells[quantity])) {
            q = number(cells[quantity], quantity, false);
            if (Double.isNaN(q)) {
                rejectNumber(cells, row, sheet, quantity);
                return;
            }
        }
        if (price >= 0 && price < cells.length && !Cells.isBlank(cells[price])) {
            p = number(cells[price], price, false);
            if (Double.isNaN(p)) {
                rejectNumber(cells, row, sheet, price);
                return;
            }
        }
        double value;
        if (amount >= 0) {
            if (Cells.isBlank(cells[amount])) {
                reject(cells, row, sheet, RejectReason.MISSING_AMOUNT, amount, "The amount is empty.");
                return;
            }
            value = number(cells[amount], amount, false);
            if (Double.isNaN(value)) {
                rejectNumber(cells, row, sheet, amount);
                return;
            }
        } else if (quantity < 0 && price < 0) {
            value = 0.0;
        } else {
            if (Double.isNaN(q) || Double.isNaN(p)) {
                int missing = Double.isNaN(q) ? quantity : price;
                reject(cells, row, sheet, RejectReason.MISSING_AMOUNT, missing, "The "
                        + (missing == quantity ? "quantity" : "unit price")
                        + " is empty, so the amount cannot be computed.");
                return;
            }
            value = q * p;
        }
        double c = Double.NaN;
        if (cost >= 0 && cost < cells.length && !Cells.isBlank(cells[cost])) {
            c = number(cells[cost], cost, false);
            if (Double.isNaN(c)) {
                rejectNumber(cells, row, sheet, cost);
                return;
            }
        }
        String inv = optionalText(cells, invoice);
        String chan = optionalText(cells, channel);
        boolean isReturn = value < 0 || q < 0 || p < 0 && amount < 0
                || inv != null && (inv.charAt(0) == 'C' || inv.charAt(0) == 'c');
        if (isReturn && value > 0) {
            value = -value;
        }
        if (plan.checkDuplicates && repeats.drop(Cells.hash(cells))) {
            reject(cells, row, sheet, RejectReason.DUPLICATE_ROW, null, "The row repeats an earlier row exactly.");
            return;
        }
        accepted++;
        if (isReturn) {
            returns++;
        }
        if (first == null || timestamp.isBefore(first)) {
            first = timestamp;
        }
        if (last == null || timestamp.isAfter(last)) {
            last = timestamp;
        }
        sink.transaction(new Transaction(customer, timestamp, value, Double.isNaN(q) ? null : q,
                Double.isNaN(p) ? null : p, Double.isNaN(c) ? null : c, chan, inv, row, isReturn,
                optionalText(cells, product), optionalText(cells, productLabel), optionalText(cells, category)));
    }

    private void customerRow(Object[] cells, long row, String sheet, String customer) {
        LocalDateTime acquired = null;
        if (acquisitionDate >= 0 && acquisitionDate < cells.length && !Cells.isBlank(cells[acquisitionDate])) {
            acquired = toDate(cells[acquisitionDate]);
            if (acquired == null) {
                reject(cells, row, sheet, RejectReason.BAD_DATE, acquisitionDate, "The acquisition date \""
                        + Cells.text(cells[acquisitionDate]).trim() + "\" is not a date.");
                return;
            }
        }
        int[] columns = {cac, aov, frequency, lifespan, margin};
        Double[] values = new Double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            int col = columns[k];
            if (col >= 0 && col < cells.length && !Cells.isBlank(cells[col])) {
                double v = number(cells[col], col, col == margin);
                if (Double.isNaN(v)) {
                    rejectNumber(cells, row, sheet, col);
                    return;
                }
                values[k] = v;
            }
        }
        if (values[4] != null && values[4] > 1) {
            values[4] = values[4] / 100;
        }
        if (plan.checkDuplicates && repeats.drop(Cells.hash(cells))) {
            reject(cells, row, sheet, RejectReason.DUPLICATE_ROW, null, "The row repeats an earlier row exactly.");
            return;
        }
        accepted++;
        sink.customer(new CustomerRecord(customer, acquired == null ? null : acquired.toLocalDate(),
                optionalText(cells, channel), values[0], values[1], values[2], values[3], values[4], row));
    }

    private static String optionalText(Object[] cells, int col) {
        if (col < 0 || col >= cells.length || Cells.isBlank(cells[col])) {
            return null;
        }
        return Cells.text(cells[col]).trim();
    }

    private LocalDateTime toDate(Object cell) {
        if (cell instanceof LocalDateTime) {
            return (LocalDateTime) cell;
        }
        if (cell instanceof Double) {
            double d = (Double) cell;
            if (d >= 19_000_101 && d <= 21_001_231 && d == Math.rint(d)) {
                return dates.parse(Cells.text(cell));
            }
            return DateParser.fromSerial(d);
        }
        return dates.parse((String) cell);
    }

    private double number(Object cell, int col, boolean percentAsFraction) {
        if (cell instanceof Double) {
            return (Double) cell;
        }
        if (cell instanceof String) {
            String s = (String) cell;
            char decimal = plan.decimals[col];
            double v = NumberParser.parse(s, decimal, percentAsFraction ? NumberParser.PERCENT_AS_FRACTION
                    : NumberParser.PERCENT_REJECT);
            if (v >= 1000 || v <= -1000) {
                surprises.note(col, s, decimal);
            }
            return v;
        }
        return Double.NaN;
    }

    private void rejectNumber(Object[] cells, long row, String sheet, int col) {
        reject(cells, row, sheet, RejectReason.BAD_NUMBER, col, "The " + plan.headerCells.get(col) + " \""
                + Cells.text(cells[col]).trim() + "\" is not a number.");
    }

    private void reject(Object[] cells, long row, String sheet, RejectReason reason, Integer col, String message) {
        rejectedCount++;
        rejected.merge(reason, 1L, Long::sum);
        String raw = plan.text != null ? plan.text.join(cells)
                : plan.detachedDelimiter != null ? TextSource.join(plan.detachedDelimiter, cells) : joinTab(cells);
        sink.rejected(new RejectedRow(row, sheet, reason, col == null ? null : plan.headerCells.get(col), raw,
                "Row " + row + (sheet != null ? " of sheet \"" + sheet + "\"" : "") + ": "
                        + Character.toLowerCase(message.charAt(0)) + message.substring(1)));
    }

    static String joinTab(Object[] cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(Cells.text(cells[i]));
        }
        return b.toString();
    }

    long read() {
        return read;
    }

    ImportResult result() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        rejected.forEach((reason, n) -> byReason.put(reason.code(), n));
        List<String> sheets = plan.excel != null ? plan.sheetsUsed : List.of();
        plan.warnings.addAll(surprises.sentences(plan.fileName));
        long duplicatesKept = repeats.kept();
        if (duplicatesKept > 0) {
            plan.warnings.add(duplicatesKept + " rows repeat an earlier row exactly; they were kept as separate "
                    + "purchases (same-day repeat purchases are real in many logs). Drop them with --drop-duplicates.");
        }
        return new ImportResult(read, accepted, rejectedCount, byReason, returns, first, last, plan.shape,
                plan.text != null ? plan.text.charset.name() : null, plan.text != null ? plan.text.delimiter : null,
                sheets, plan.headerCells, plan.mapping, plan.datePattern, new ArrayList<>(plan.warnings));
    }
}
