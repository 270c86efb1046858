package org.valuelens.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dataset's product and category names, indexed by the keys its lines carry (issue 17).
 *
 * @param products   product names (codes) by product key; empty when the dataset has no product column
 * @param labels     each product's description, {@code null} when none was seen
 * @param categories category names by category key; empty when the dataset has no category column
 */
public record ProductNames(List<String> products, List<String> labels, List<String> categories) {

    /** Copies the lists ({@code labels} may hold {@code null}). */
    public ProductNames {
        products = List.copyOf(products);
        labels = Collections.unmodifiableList(new ArrayList<>(labels));
        categories = List.copyOf(categories);
    }
}
