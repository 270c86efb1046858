package org.valuelens.model.summary;

import java.util.Objects;

/**
 * A dataset's transaction lines as whole columns, as the analysis store holds them: what the customer summary needs,
 * one primitive array per column, {@code size} lines. Read-only by convention: the arrays may be shared with a
 * cache and must not be changed ({@link SummaryBuilder#of} never writes to them).
 *
 * @param size        the number of lines ({@code >= 0}; every array has at least this length)
 * @param customerIds the distinct customer ids, indexed by customer code
 * @param customer    each line's customer code, an index into {@code customerIds}
 * @param day         each line's day ({@link java.time.LocalDate#toEpochDay()})
 * @param amount      each line's value, negative for returns
 * @param cost        each line's cost, {@code NaN} when absent; {@code null} when no line has one
 * @param channel     each line's channel code, an index into {@code channels}, -1 when absent; {@code null} when no
 *                    line has one
 * @param channels    the distinct channels, indexed by channel code ({@code null} with {@code channel})
 * @param isReturn    whether each line is a return
 */
public record LineColumns(int size, String[] customerIds, int[] customer, int[] day, double[] amount, double[] cost,
                          int[] channel, String[] channels, boolean[] isReturn) {

    /** Checks that every column is there and long enough. */
    public LineColumns {
        Objects.requireNonNull(customerIds, "customerIds");
        if (size < 0 || customer.length < size || day.length < size || amount.length < size
                || isReturn.length < size || cost != null && cost.length < size
                || channel != null && (channel.length < size || channels == null)) {
            throw new IllegalArgumentException("Every line column needs " + size + " values");
        }
    }
}
