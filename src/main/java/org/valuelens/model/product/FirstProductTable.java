package org.valuelens.model.product;

import java.util.List;

/**
 * The first-product table.
 *
 * @param category      whether rows are categories (otherwise products)
 * @param days          the window lengths N, in days
 * @param minCustomers  rows with fewer acquired customers are left out
 * @param rows          rows with at least {@code minCustomers} customers, most customers first
 * @param hidden        rows left out for having fewer customers
 * @param customers     customers with at least one order
 * @param withoutItem   customers whose first order had no product (or category)
 */
public record FirstProductTable(boolean category, List<Integer> days, int minCustomers, List<FirstProductRow> rows,
                                int hidden, int customers, int withoutItem) {

    /** Copies the lists. */
    public FirstProductTable {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
    }
}
