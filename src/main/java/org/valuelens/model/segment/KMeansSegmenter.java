package org.valuelens.model.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.valuelens.model.CustomerSummary;

/**
 * k-means segmentation on standardised {@code log(1+R)}, {@code log(1+F)}, {@code log(1+M)} with k-means++
 * seeding. Immutable; the random seed is passed in, and the same seed on the same input gives an identical result.
 *
 * <p>R = days since the last purchase to the analysis date, F = purchase days, M = revenue per purchase day
 * (negative values count as 0). Each feature is turned into a z-score with the population mean and standard
 * deviation (a constant feature becomes 0).
 *
 * <p>When k is not given it is suggested: on a seeded random sample of at most {@code sampleSize} customers
 * (default 5,000) each k in {@code kMin..kMax} (default 2..8) is fitted and the k with the highest mean silhouette
 * wins (ties: the smaller k); inertia per k is reported for an elbow chart. The final fit uses all customers.
 *
 * <p>Names: a cluster is <i>recent</i> when its centroid's recency z-score is below 0 (more recent than average),
 * <i>frequent</i> when its frequency z-score is above 0, <i>high spend</i> when its monetary z-score is above 0:
 * recent+frequent+high "High value loyal", recent+frequent+low "Frequent low spenders", recent+infrequent+high
 * "Recent big spenders", recent+infrequent+low "Recent newcomers", lapsed+frequent+high "Lapsed high value",
 * lapsed+frequent+low "Lapsed regulars", lapsed+infrequent+high "Lapsed big spenders", lapsed+infrequent+low
 * "Lapsed low value". When two clusters get the same name they are numbered " (1)", " (2)" … by revenue.
 */
public final class KMeansSegmenter {

    /** The eight profile names, used as keys of the action map. */
    public static final List<String> PROFILE_NAMES = List.of("High value loyal", "Frequent low spenders",
            "Recent big spenders", "Recent newcomers", "Lapsed high value", "Lapsed regulars",
            "Lapsed big spenders", "Lapsed low value");

    private static final List<String> DEFAULT_ACTIONS = List.of(
            "Retain and reward: loyalty perks, early access, referral asks.",
            "Raise basket size: bundles, cross-sell and free-shipping thresholds.",
            "Turn the big first orders into habits: follow-up and replenishment reminders.",
            "Onboard: welcome series and an incentive for the next purchase.",
            "Win back personally before they are lost: outreach and tailored offers.",
            "Reactivate with reminders of their usual products.",
            "Win back with premium offers close to what they bought.",
            "Low-cost reactivation only; do not spend much on them.");

    private static final int DIM = 3;

    private final LocalDate analysisDate;
    private final long seed;
    private final int k;
    private final int kMin;
    private final int kMax;
    private final int sampleSize;
    private final int maxIterations;
    private final Map<String, String> actions;

    private KMeansSegmenter(LocalDate analysisDate, long seed, int k, int kMin, int kMax, int sampleSize,
                            int maxIterations, Map<String, String> actions) {
        this.analysisDate = Objects.requireNonNull(analysisDate, "analysisDate");
        this.seed = seed;
        this.k = k;
        this.kMin = kMin;
        this.kMax = kMax;
        this.sampleSize = sampleSize;
        this.maxIterations = maxIterations;
        this.actions = actions;
    }

    /**
     * @param analysisDate date recency is measured to ({@code null} not permitted)
     * @param seed         random seed for sampling and k-means++
     * @return a segmenter that suggests k in 2..8 on a 5,000-customer sample, at most 300 iterations
     */
    public static KMeansSegmenter at(LocalDate analysisDate, long seed) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < PROFILE_NAMES.size(); i++) {
            a.put(PROFILE_NAMES.get(i), DEFAULT_ACTIONS.get(i));
        }
        return new KMeansSegmenter(analysisDate, seed, 0, 2, 8, 5000, 300, java.util.Collections.unmodifiableMap(a));
    }

    /** @param clusters fixed k ({@code >= 1}), or 0 to suggest one @return a copy */
    public KMeansSegmenter withK(int clusters) {
        if (clusters < 0) {
            throw new IllegalArgumentException("k must be >= 0 (0 = suggest), was " + clusters);
        }
        return new KMeansSegmenter(analysisDate, seed, clusters, kMin, kMax, sampleSize, maxIterations, actions);
    }

    /** @param min smallest k tried ({@code >= 2}) @param max largest ({@code >= min}) @return a copy */
    public KMeansSegmenter withSuggestRange(int min, int max) {
        if (min < 2 || max < min) {
            throw new IllegalArgumentException("need 2 <= min <= max, got " + min + ".." + max);
        }
        return new KMeansSegmenter(analysisDate, seed, k, min, max, sampleSize, maxIterations, actions);
    }

    /** @param size customers sampled to suggest k ({@code >= 10}) @return a copy */
    public KMeansSegmenter withSampleSize(int size) {
        if (size < 10) {
            throw new IllegalArgumentException("sample size must be >= 10, was " + size);
        }
        return new KMeansSegmenter(analysisDate, seed, k, kMin, kMax, size, maxIterations, actions);
    }

    /** @param iterations Lloyd iteration cap ({@code >= 1}) @return a copy */
    public KMeansSegmenter withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1");
        }
        return new KMeansSegmenter(analysisDate, seed, k, kMin, kMax, sampleSize, iterations, actions);
    }

    /** @param overrides action per profile name ({@link #PROFILE_NAMES}) @return a copy with merged actions */
    public KMeansSegmenter withActions(Map<String, String> overrides) {
        return new KMeansSegmenter(analysisDate, seed, k, kMin, kMax, sampleSize, maxIterations,
                Shares.merge(actions, overrides));
    }

    /** @return the current action per profile name (unmodifiable) */
    public Map<String, String> actions() {
        return actions;
    }

    /**
     * Clusters the customers.
     *
     * @param customers customers ({@code null} not permitted, at least one)
     * @return clusters, profiles and per-customer assignments
     */
    public KMeansResult segment(List<CustomerSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        int n = customers.size();
        if (n == 0) {
            throw new IllegalArgumentException("no customers to cluster");
        }
        double[] raw = new double[n * DIM];
        for (int i = 0; i < n; i++) {
            CustomerSummary c = customers.get(i);
            raw[i * DIM] = RfmScorer.recencyDays(c, analysisDate);
            raw[i * DIM + 1] = c.purchaseDays();
            raw[i * DIM + 2] = Math.max(0.0, c.revenue() / c.purchaseDays());
        }
        double[] z = new double[n * DIM];
        for (int d = 0; d < DIM; d++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                z[i * DIM + d] = Math.log1p(raw[i * DIM + d]);
                sum += z[i * DIM + d];
            }
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double t = z[i * DIM + d] - mean;
                ss += t * t;
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                z[i * DIM + d] = sd > 0 ? (z[i * DIM + d] - mean) / sd : 0.0;
            }
        }
        List<KMeansResult.KCandidate> candidates = new ArrayList<>();
        int chosen = k;
        if (chosen == 0) {
            chosen = suggest(z, n, candidates);
        }
        chosen = Math.min(chosen, n);
        Lloyd.Fit fit = Lloyd.fit(z, DIM, chosen, new Well19937c(seed), maxIterations);
        return profile(customers, raw, fit, chosen, !candidates.isEmpty(), candidates);
    }

    private int suggest(double[] z, int n, List<KMeansResult.KCandidate> out) {
        RandomGenerator rng = new Well19937c(seed ^ 0x5DEECE66DL);
        int m = Math.min(n, sampleSize);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = 0; i < m && m < n; i++) {
            int j = i + rng.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        double[] s = new double[m * DIM];
        for (int i = 0; i < m; i++) {
            System.arraycopy(z, idx[i] * DIM, s, i * DIM, DIM);
        }
        int hi = Math.min(kMax, m - 1);
        if (hi < kMin) {
            return Math.max(1, Math.min(kMin, m));
        }
        int count = hi - kMin + 1;
        int[][] labels = new int[count][];
        double[] inertia = new double[count];
        for (int c = 0; c < count; c++) {
            Lloyd.Fit f = Lloyd.fit(s, DIM, kMin + c, new Well19937c(seed + kMin + c), maxIterations);
            labels[c] = f.labels();
            inertia[c] = f.inertia();
        }
        double[] sil = silhouettes(s, m, labels, kMin);
        int best = 0;
        for (int c = 0; c < count; c++) {
            out.add(new KMeansResult.KCandidate(kMin + c, inertia[c], sil[c]));
            if (sil[c] > sil[best]) {
                best = c;
            }
        }
        return kMin + best;
    }

    /** Mean silhouette per candidate labelling; one pass over point pairs serves all candidates. */
    static double[] silhouettes(double[] s, int m, int[][] labels, int kMin) {
        int count = labels.length;
        double[] total = new double[count];
        int[][] sizes = new int[count][];
        for (int c = 0; c < count; c++) {
            sizes[c] = new int[kMin + c];
            for (int i = 0; i < m; i++) {
                sizes[c][labels[c][i]]++;
            }
        }
        double[][] sums = new double[count][];
        for (int c = 0; c < count; c++) {
            sums[c] = new double[kMin + c];
        }
        double[] row = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                row[j] = Math.sqrt(Lloyd.dist2(s, i * DIM, s, j * DIM, DIM));
            }
            for (int c = 0; c < count; c++) {
                double[] sc = sums[c];
                java.util.Arrays.fill(sc, 0.0);
                int[] lc = labels[c];
                for (int j = 0; j < m; j++) {
                    sc[lc[j]] += row[j];
                }
                int own = lc[i];
                if (sizes[c][own] <= 1) {
                    continue;
                }
                double a = sc[own] / (sizes[c][own] - 1);
                double b = Double.POSITIVE_INFINITY;
                for (int q = 0; q < sc.length; q++) {
                    if (q != own && sizes[c][q] > 0) {
                        b = Math.min(b, sc[q] / sizes[c][q]);
                    }
                }
                if (Double.isFinite(b) && Math.max(a, b) > 0) {
                    total[c] += (b - a) / Math.max(a, b);
                }
            }
        }
        for (int c = 0; c < count; c++) {
            total[c] /= m;
        }
        return total;
    }

    private KMeansResult profile(List<CustomerSummary> customers, double[] raw, Lloyd.Fit fit, int kUsed,
                                 boolean suggested, List<KMeansResult.KCandidate> candidates) {
        int n = customers.size();
        int[] size = new int[kUsed];
        double[][] sum = new double[kUsed][DIM];
        double[] revenue = new double[kUsed];
        double totalRevenue = 0;
        for (int i = 0; i < n; i++) {
            int l = fit.labels()[i];
            size[l]++;
            for (int d = 0; d < DIM; d++) {
                sum[l][d] += raw[i * DIM + d];
            }
            revenue[l] += customers.get(i).revenue();
            totalRevenue += customers.get(i).revenue();
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < kUsed; j++) {
            if (size[j] > 0) {
                order.add(j);
            }
        }
        final double[] rev = revenue;
        order.sort(Comparator.comparingDouble((Integer j) -> -rev[j]).thenComparingInt(j -> j));
        String[] base = new String[kUsed];
        Map<String, Integer> nameCount = new HashMap<>();
        for (int j : order) {
            double[] c = fit.centroids();
            boolean recent = c[j * DIM] < 0;
            boolean frequent = c[j * DIM + 1] > 0;
            boolean high = c[j * DIM + 2] > 0;
            base[j] = PROFILE_NAMES.get((recent ? 0 : 4) + (frequent ? 0 : 2) + (high ? 0 : 1));
            nameCount.merge(base[j], 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        int[] newIndex = new int[kUsed];
        List<ClusterProfile> profiles = new ArrayList<>();
        for (int j : order) {
            String name = base[j];
            if (nameCount.get(name) > 1) {
                name = name + " (" + seen.merge(base[j], 1, Integer::sum) + ")";
            }
            newIndex[j] = profiles.size();
            double[] c = fit.centroids();
            profiles.add(new ClusterProfile(profiles.size(), name, size[j], Shares.share(size[j], n),
                    sum[j][0] / size[j], sum[j][1] / size[j], sum[j][2] / size[j], revenue[j],
                    Shares.share(revenue[j], totalRevenue), List.of(c[j * DIM], c[j * DIM + 1], c[j * DIM + 2]),
                    actions.getOrDefault(base[j], "")));
        }
        List<KMeansResult.Assignment> assignments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            assignments.add(new KMeansResult.Assignment(customers.get(i).customerId(),
                    newIndex[fit.labels()[i]]));
        }
        return new KMeansResult(profiles.size(), suggested, seed, candidates, profiles, assignments,
                fit.inertia(), fit.iterations());
    }
}
