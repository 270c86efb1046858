package org.valuelens.gui.explain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.valuelens.service.AnalysisSettings;
import org.valuelens.service.ClvMethod;

/**
 * What a "How is this computed?" panel should explain: one customer's CLV, or the mean CLV of a group.
 *
 * @param subject     what the figure belongs to, already localised (e.g. "Customer 1234", "Segment Champions")
 * @param customerIds the customers; one id for a customer, {@code null} = every customer of the dataset
 * @param method      the CLV method of the figure ({@code null} not permitted)
 * @param settings    the analysis settings that produced the figure ({@code null} not permitted)
 */
public record ExplainRequest(String subject, List<String> customerIds, ClvMethod method,
                             AnalysisSettings settings) {

    /** Checks arguments and copies the ids. */
    public ExplainRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(settings, "settings");
        customerIds = customerIds == null ? null : List.copyOf(customerIds);
    }

    /**
     * @param subject    localised subject
     * @param customerId the customer ({@code null} not permitted)
     * @param method     the method
     * @param settings   the settings
     * @return a request for one customer's CLV
     */
    public static ExplainRequest customer(String subject, String customerId, ClvMethod method,
                                          AnalysisSettings settings) {
        return new ExplainRequest(subject, List.of(Objects.requireNonNull(customerId, "customerId")), method,
                settings);
    }

    /**
     * @param subject  localised subject
     * @param ids      the group's customers, {@code null} = all
     * @param method   the method
     * @param settings the settings
     * @return a request for the group's mean CLV
     */
    public static ExplainRequest group(String subject, Collection<String> ids, ClvMethod method,
                                       AnalysisSettings settings) {
        return new ExplainRequest(subject, ids == null ? null : List.copyOf(ids), method, settings);
    }

    /** @return whether one customer is explained (not a group mean) */
    public boolean single() {
        return customerIds != null && customerIds.size() == 1;
    }
}
