package org.valuelens.model.segment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;

/** Aligns per-customer values given by id (CLV, P(alive)) with a customer list. */
public final class ClvValues {

    private ClvValues() {
    }

    /**
     * Returns the values of a map in the order of the customer list.
     *
     * @param customers customers ({@code null} not permitted)
     * @param byId      value per customer id ({@code null} not permitted); every listed customer must have a
     *                  finite value
     * @return a new array aligned with {@code customers}
     * @throws IllegalArgumentException when a customer has no value or a non-finite one
     */
    public static double[] aligned(List<CustomerSummary> customers, Map<String, Double> byId) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(byId, "byId");
        double[] out = new double[customers.size()];
        for (int i = 0; i < out.length; i++) {
            String id = customers.get(i).customerId();
            Double v = byId.get(id);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("no finite value for customer " + id + ": " + v);
            }
            out[i] = v;
        }
        return out;
    }
}
