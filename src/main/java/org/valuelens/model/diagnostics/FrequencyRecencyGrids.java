package org.valuelens.model.diagnostics;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.btyd.PurchaseModel;

/** Builds {@link FrequencyRecencyGrid}s from a fitted model. */
public final class FrequencyRecencyGrids {

    /** Default number of recency steps between 0 and T (the grid has one more column). */
    public static final int DEFAULT_RECENCY_STEPS = 24;
    /** Largest default number of repeat purchases shown (a grid row per count). */
    public static final int MAX_FREQUENCY_CAP = 40;

    private FrequencyRecencyGrids() {
    }

    /**
     * The grid lifetimes draws for a data set: T = the largest T of the customers, x = 0 .. the largest observed
     * frequency (at most {@value #MAX_FREQUENCY_CAP}), t_x in {@value #DEFAULT_RECENCY_STEPS} equal steps.
     *
     * @param model     fitted model ({@code null} not permitted)
     * @param customers calibration summaries in the model's unit (not empty)
     * @param horizon   prediction window ({@code >= 0})
     * @return the grid
     */
    public static FrequencyRecencyGrid forData(PurchaseModel model, List<CustomerSummary> customers,
                                               double horizon) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("There are no customers to draw a frequency/recency grid for.");
        }
        double age = 0;
        int maxX = 0;
        for (CustomerSummary c : customers) {
            age = Math.max(age, c.age());
            maxX = Math.max(maxX, c.frequency());
        }
        return of(model, Math.min(maxX, MAX_FREQUENCY_CAP), age, DEFAULT_RECENCY_STEPS, horizon);
    }

    /**
     * @param model         fitted model ({@code null} not permitted)
     * @param maxFrequency  largest x ({@code >= 0})
     * @param age           T ({@code >= 0})
     * @param recencySteps  steps between t_x = 0 and t_x = T ({@code >= 1})
     * @param horizon       prediction window ({@code >= 0})
     * @return rows x = 0 .. maxFrequency, columns t_x = 0, T/steps, .., T
     */
    public static FrequencyRecencyGrid of(PurchaseModel model, int maxFrequency, double age, int recencySteps,
                                          double horizon) {
        Objects.requireNonNull(model, "model");
        if (maxFrequency < 0 || recencySteps < 1 || !(age >= 0) || !(horizon >= 0)
                || Double.isInfinite(age) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("Need maxFrequency >= 0, recencySteps >= 1 and finite age, horizon"
                    + " >= 0 (were " + maxFrequency + ", " + recencySteps + ", " + age + ", " + horizon + ").");
        }
        int[] xs = new int[maxFrequency + 1];
        for (int x = 0; x <= maxFrequency; x++) {
            xs[x] = x;
        }
        double[] txs = new double[recencySteps + 1];
        for (int j = 0; j <= recencySteps; j++) {
            txs[j] = j == recencySteps ? age : age * j / recencySteps;
        }
        double[][] expected = new double[xs.length][txs.length];
        double[][] alive = new double[xs.length][txs.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < txs.length; j++) {
                if (xs[i] == 0 && txs[j] > 0) {
                    expected[i][j] = Double.NaN;
                    alive[i][j] = Double.NaN;
                } else {
                    expected[i][j] = model.expectedPurchases(horizon, xs[i], txs[j], age);
                    alive[i][j] = model.probabilityAlive(xs[i], txs[j], age);
                }
            }
        }
        return new FrequencyRecencyGrid(model.id(), age, horizon, xs, txs, expected, alive);
    }
}
