package org.valuelens.model.segment;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Plain k-means (Lloyd) with k-means++ seeding on points stored row-major in a primitive array. Written here
 * rather than using commons-math3's {@code KMeansPlusPlusClusterer} because that one boxes every point and
 * re-allocates clusters per iteration, which is several times slower on a million customers.
 */
final class Lloyd {

    /** Result of one fit: centroids row-major, a label per point, the within-cluster sum of squares. */
    record Fit(double[] centroids, int[] labels, double inertia, int iterations) {
    }

    private Lloyd() {
    }

    static Fit fit(double[] x, int dim, int k, RandomGenerator rng, int maxIterations) {
        int n = x.length / dim;
        double[] c = seed(x, dim, n, k, rng);
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        double[] sums = new double[k * dim];
        int[] counts = new int[k];
        int it = 0;
        boolean changed = true;
        while (changed && it < maxIterations) {
            changed = assign(x, dim, n, c, k, labels) > 0;
            it++;
            java.util.Arrays.fill(sums, 0.0);
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int l = labels[i];
                counts[l]++;
                for (int d = 0; d < dim; d++) {
                    sums[l * dim + d] += x[i * dim + d];
                }
            }
            for (int j = 0; j < k; j++) {
                if (counts[j] > 0) {
                    for (int d = 0; d < dim; d++) {
                        c[j * dim + d] = sums[j * dim + d] / counts[j];
                    }
                }
            }
        }
        if (changed) {
            // iteration cap reached: make the labels agree with the final centroids
            assign(x, dim, n, c, k, labels);
        }
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            inertia += dist2(x, i * dim, c, labels[i] * dim, dim);
        }
        return new Fit(c, labels, inertia, it);
    }

    /** Assigns each point to its nearest centroid (lowest index on ties); returns how many labels changed. */
    static int assign(double[] x, int dim, int n, double[] c, int k, int[] labels) {
        if (dim == 3) {
            return assign3(x, n, c, k, labels);
        }
        int changed = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double d = dist2(x, i * dim, c, j * dim, dim);
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed++;
            }
        }
        return changed;
    }

    /** {@link #assign} for three dimensions (the RFM features), unrolled; the same sums in the same order. */
    private static int assign3(double[] x, int n, double[] c, int k, int[] labels) {
        int changed = 0;
        for (int i = 0; i < n; i++) {
            double x0 = x[3 * i];
            double x1 = x[3 * i + 1];
            double x2 = x[3 * i + 2];
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double t0 = x0 - c[3 * j];
                double t1 = x1 - c[3 * j + 1];
                double t2 = x2 - c[3 * j + 2];
                double d = t0 * t0 + t1 * t1 + t2 * t2;
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed++;
            }
        }
        return changed;
    }

    /** k-means++: first centre uniform, each next one with probability proportional to squared distance. */
    private static double[] seed(double[] x, int dim, int n, int k, RandomGenerator rng) {
        double[] c = new double[k * dim];
        int first = rng.nextInt(n);
        System.arraycopy(x, first * dim, c, 0, dim);
        double[] d2 = new double[n];
        for (int i = 0; i < n; i++) {
            d2[i] = dist2(x, i * dim, c, 0, dim);
        }
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (double v : d2) {
                sum += v;
            }
            int pick;
            if (sum <= 0) {
                pick = rng.nextInt(n);
            } else {
                double target = rng.nextDouble() * sum;
                double acc = 0;
                pick = n - 1;
                for (int i = 0; i < n; i++) {
                    acc += d2[i];
                    if (acc >= target && d2[i] > 0) {
                        pick = i;
                        break;
                    }
                }
            }
            System.arraycopy(x, pick * dim, c, j * dim, dim);
            for (int i = 0; i < n; i++) {
                double d = dist2(x, i * dim, c, j * dim, dim);
                if (d < d2[i]) {
                    d2[i] = d;
                }
            }
        }
        return c;
    }

    static double dist2(double[] a, int ao, double[] b, int bo, int dim) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            double t = a[ao + d] - b[bo + d];
            s += t * t;
        }
        return s;
    }
}
