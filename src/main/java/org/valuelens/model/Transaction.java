package org.valuelens.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One purchase (or return) line of a transaction log, as imported.
 *
 * <p>Money is in the dataset's own currency; the model never converts currencies.
 *
 * @param customerId customer identifier as in the source, trimmed ({@code null} and blank not permitted)
 * @param timestamp  when the purchase happened; midnight when the source had a date only ({@code null} not permitted)
 * @param amount     line value (quantity × unit price when only those were given); negative for returns
 * @param quantity   units, {@code null} when the source has no quantity column
 * @param unitPrice  price per unit, {@code null} when absent
 * @param cost       cost of goods for the line, {@code null} when absent
 * @param channel    sales or acquisition channel, {@code null} when absent
 * @param invoice    invoice/order number, {@code null} when absent
 * @param sourceRow  1-based row number in the source file/sheet (data rows and header counted as in a spreadsheet)
 * @param isReturn   whether the line is a return or cancellation (negative quantity or amount, or an invoice
 *                   starting with "C")
 * @param product    the line's product (item code, SKU, or its name when there is no code), {@code null} when the
 *                   source has no product column
 * @param productLabel a description of the product shown beside the code, {@code null} when absent
 * @param category   the product's category, {@code null} when absent
 */
public record Transaction(String customerId, LocalDateTime timestamp, double amount, Double quantity,
                          Double unitPrice, Double cost, String channel, String invoice, long sourceRow,
                          boolean isReturn, String product, String productLabel, String category) {

    /**
     * A line without product information (see the canonical constructor for the parameters).
     *
     * @param customerId customer identifier
     * @param timestamp  when the purchase happened
     * @param amount     line value
     * @param quantity   units or {@code null}
     * @param unitPrice  price per unit or {@code null}
     * @param cost       cost or {@code null}
     * @param channel    channel or {@code null}
     * @param invoice    invoice or {@code null}
     * @param sourceRow  1-based source row
     * @param isReturn   whether the line is a return
     */
    public Transaction(String customerId, LocalDateTime timestamp, double amount, Double quantity, Double unitPrice,
                       Double cost, String channel, String invoice, long sourceRow, boolean isReturn) {
        this(customerId, timestamp, amount, quantity, unitPrice, cost, channel, invoice, sourceRow, isReturn,
                null, null, null);
    }

    /** Checks the non-null fields. */
    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
    }
}
