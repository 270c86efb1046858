package org.valuelens.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the product columns of the transaction lines and the product names (see {@link TransactionRepository}). */
final class ProductRows {
    private static final int FETCH_SIZE = 10_000;

    private ProductRows() {
    }

    static long forEach(Connection connection, int datasetId, TransactionRepository.ProductLineVisitor visitor)
            throws SQLException {
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT customer_key, epoch_day, day_second, amount,"
                + " cost, channel, invoice, product_key, category_key, is_return FROM transactions"
                + " WHERE dataset_id = ?")) {
            ps.setInt(1, datasetId);
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double cost = rs.getDouble(5);
                    if (rs.wasNull()) {
                        cost = Double.NaN;
                    }
                    int product = rs.getInt(8);
                    if (rs.wasNull()) {
                        product = -1;
                    }
                    int category = rs.getInt(9);
                    if (rs.wasNull()) {
                        category = -1;
                    }
                    visitor.line(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), cost, rs.getString(6),
                            rs.getString(7), product, category, rs.getBoolean(10));
                    n++;
                }
            }
        }
        return n;
    }

    static ProductNames names(Connection connection, int datasetId) throws SQLException {
        List<String> products = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT kind, item_key, item, label FROM product_items"
                + " WHERE dataset_id = ? ORDER BY kind, item_key")) {
            ps.setInt(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean product = rs.getString(1).charAt(0) == ProductKeys.PRODUCT;
                    List<String> target = product ? products : categories;
                    int key = rs.getInt(2);
                    while (target.size() <= key) {
                        target.add(null);
                        if (product) {
                            labels.add(null);
                        }
                    }
                    target.set(key, rs.getString(3));
                    if (product) {
                        labels.set(key, rs.getString(4));
                    }
                }
            }
        }
        return new ProductNames(products, labels, categories);
    }
}
