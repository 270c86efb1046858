package org.valuelens.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary keys for the products and categories of one dataset being written: dense ints from 0 in order of first
 * appearance, with the first description seen for each product. Used on the parsing thread only; the names are
 * written once, at commit ({@link #write}).
 */
final class ProductKeys {
    static final char PRODUCT = 'P';
    static final char CATEGORY = 'C';

    private final Map<String, Integer> products = new HashMap<>();
    private final Map<String, Integer> categories = new HashMap<>();
    private final List<String> productNames = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> categoryNames = new ArrayList<>();

    /** @return the product's key, -1 for {@code null} */
    int product(String product, String label) {
        if (product == null) {
            return -1;
        }
        Integer key = products.get(product);
        if (key == null) {
            key = productNames.size();
            products.put(product, key);
            productNames.add(product);
            labels.add(label);
        } else if (label != null && labels.get(key) == null) {
            labels.set(key, label);
        }
        return key;
    }

    /** @return the category's key, -1 for {@code null} */
    int category(String category) {
        if (category == null) {
            return -1;
        }
        return categories.computeIfAbsent(category, c -> {
            categoryNames.add(c);
            return categoryNames.size() - 1;
        });
    }

    /** @return a snapshot to hand to the writer thread */
    ProductKeys.Names names() {
        return new Names(List.copyOf(productNames), new ArrayList<>(labels), List.copyOf(categoryNames));
    }

    /** The names of one dataset's products and categories, indexed by key. */
    record Names(List<String> products, List<String> labels, List<String> categories) {

        /** Inserts the names with {@code INSERT INTO product_items VALUES (?, ?, ?, ?, ?)}. */
        void write(PreparedStatement ps, int datasetId) throws SQLException {
            int n = 0;
            for (int k = 0; k < products.size(); k++) {
                n += add(ps, datasetId, PRODUCT, k, products.get(k), labels.get(k));
            }
            for (int k = 0; k < categories.size(); k++) {
                n += add(ps, datasetId, CATEGORY, k, categories.get(k), null);
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }

        private static int add(PreparedStatement ps, int datasetId, char kind, int key, String item, String label)
                throws SQLException {
            ps.setInt(1, datasetId);
            ps.setString(2, String.valueOf(kind));
            ps.setInt(3, key);
            ps.setString(4, clip(item));
            ps.setString(5, label == null ? null : clip(label));
            ps.addBatch();
            return 1;
        }

        private static String clip(String s) {
            return s.length() > 1000 ? s.substring(0, 1000) : s;
        }
    }
}
