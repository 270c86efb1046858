package org.valuelens.model.product;

import java.time.LocalDate;
import java.util.List;

/** How customers are grouped for N-day value and time between orders: by the first order's period or attribute. */
public enum LtvGrouping {
    /** Calendar month of the first order, labelled "2011-01". */
    MONTH,
    /** Calendar quarter of the first order, labelled "2011-Q1". */
    QUARTER,
    /** Calendar year of the first order, labelled "2011". */
    YEAR,
    /** Channel of the first order's first line ("(unknown)" when none). */
    CHANNEL,
    /** Each product of the first order (a customer counts under each of them). */
    FIRST_PRODUCT;

    /** @return whether groups are calendar periods (sorted by time) */
    public boolean calendar() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }

    /** @param epochDay a first-order day @return the calendar period's index (only for calendar groupings) */
    int period(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        switch (this) {
            case MONTH:
                return d.getYear() * 12 + d.getMonthValue() - 1;
            case QUARTER:
                return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
            default:
                return d.getYear();
        }
    }

    /** @param index a calendar period index from {@link #period} @return its label */
    String label(int index) {
        switch (this) {
            case MONTH:
                return String.format("%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
            case QUARTER:
                return String.format("%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
            default:
                return String.format("%04d", index);
        }
    }

    /**
     * @param c    a customer key with at least one order
     * @param book the orders
     * @return the customer's group key (channel index, -1 when unknown, or calendar period; not for first products)
     */
    int keyOf(int c, OrderBook book) {
        return this == CHANNEL ? book.channel(c) : period(book.day(book.firstOrder(c)));
    }

    /**
     * @param key          a group key
     * @param book         the orders (channel names)
     * @param productNames product names by key, for first-product labels ({@code null}: the keys)
     * @return the group's label: "(unknown)" for a customer without channel
     */
    String groupLabel(int key, OrderBook book, List<String> productNames) {
        switch (this) {
            case CHANNEL:
                return key < 0 ? "(unknown)" : book.channelNames().get(key);
            case FIRST_PRODUCT:
                return productNames != null && key < productNames.size() ? productNames.get(key)
                        : Integer.toString(key);
            default:
                return label(key);
        }
    }
}
