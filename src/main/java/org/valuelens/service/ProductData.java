package org.valuelens.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.valuelens.model.product.OrderBook;

/**
 * A dataset's orders with their products, and the names to show for product and category keys (issue 17).
 *
 * @param book        the orders
 * @param products    product codes by key (empty when the dataset has no product column)
 * @param labels      product descriptions by key ({@code null} entries when none)
 * @param categories  category names by key (empty when none)
 * @param customerIds customer ids by customer key
 */
public record ProductData(OrderBook book, List<String> products, List<String> labels, List<String> categories,
                          List<String> customerIds) {

    /** Copies the lists ({@code labels} may hold {@code null}). */
    public ProductData {
        products = List.copyOf(products);
        labels = Collections.unmodifiableList(new ArrayList<>(labels));
        categories = List.copyOf(categories);
        customerIds = List.copyOf(customerIds);
    }

    /** @return whether the dataset has a product column */
    public boolean hasProducts() {
        return !products.isEmpty();
    }

    /** @return whether the dataset has a category column */
    public boolean hasCategories() {
        return !categories.isEmpty();
    }

    /** @param key a product key @return "code — description", or the code alone when there is no description */
    public String productName(int key) {
        String label = labels.get(key);
        return label == null || label.equals(products.get(key)) ? products.get(key)
                : products.get(key) + " — " + label;
    }

    /** @return {@link #productName} of every key */
    public List<String> productNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < products.size(); k++) {
            names.add(productName(k));
        }
        return names;
    }
}
