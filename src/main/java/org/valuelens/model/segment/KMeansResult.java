package org.valuelens.model.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k-means clusters on standardised log R, F, M.
 *
 * @param k            number of clusters used
 * @param kSuggested   whether k was chosen by the silhouette rather than given
 * @param seed         the random seed used (same seed and input → identical result)
 * @param candidates   silhouette and inertia per tried k (elbow figures, on the sample); empty when k was given
 * @param clusters     cluster profiles ordered by revenue share descending; {@code index} is the position here
 * @param assignments  one entry per input customer, in input order
 * @param inertia      within-cluster sum of squared z-distances on all customers
 * @param iterations   Lloyd iterations of the final fit
 */
public record KMeansResult(int k, boolean kSuggested, long seed, List<KCandidate> candidates,
                           List<ClusterProfile> clusters, List<Assignment> assignments, double inertia,
                           int iterations) {

    /** Copies the lists. */
    public KMeansResult {
        candidates = List.copyOf(candidates);
        clusters = List.copyOf(clusters);
        assignments = List.copyOf(assignments);
    }

    /**
     * Quality figures for one k on the sample.
     *
     * @param k          clusters
     * @param inertia    within-cluster sum of squared z-distances on the sample (elbow curve)
     * @param silhouette mean silhouette width on the sample, -1..1 (higher is better)
     */
    public record KCandidate(int k, double inertia, double silhouette) {
    }

    /**
     * One customer's cluster.
     *
     * @param customerId customer id
     * @param cluster    index into {@link #clusters()}
     */
    public record Assignment(String customerId, int cluster) {
    }

    /** @return customer id → cluster name, in input order */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            m.put(a.customerId(), clusters.get(a.cluster()).name());
        }
        return Collections.unmodifiableMap(m);
    }
}
