package org.valuelens.model.segment;

import java.util.List;

/**
 * Profile of one k-means cluster.
 *
 * @param index           position in {@link KMeansResult#clusters()}
 * @param name            unique name derived from the centroid vs the overall means (see {@link KMeansSegmenter})
 * @param customers       customers in the cluster
 * @param customerShare   customers / all customers, 0..1
 * @param meanRecencyDays mean days since the last purchase
 * @param meanFrequency   mean purchase days
 * @param meanMonetary    mean revenue per purchase day, currency units
 * @param revenue         historical revenue of the cluster
 * @param revenueShare    revenue / total revenue (0 when the total is 0)
 * @param centroidZ       centroid as z-scores of log(1+R), log(1+F), log(1+M) (unmodifiable, 3 values)
 * @param action          suggested marketing action
 */
public record ClusterProfile(int index, String name, int customers, double customerShare, double meanRecencyDays,
                             double meanFrequency, double meanMonetary, double revenue, double revenueShare,
                             List<Double> centroidZ, String action) {

    /** Copies the centroid. */
    public ClusterProfile {
        centroidZ = List.copyOf(centroidZ);
    }
}
