package org.valuelens.model.diagnostics;

import java.util.Objects;

/**
 * Frequency x recency grids of one model for a customer observed for {@code age} time units (lifetimes'
 * {@code plot_frequency_recency_matrix} and {@code plot_probability_alive_matrix}): the conditional expected
 * purchases in the next {@code horizon} time units and P(alive), by repeat purchases x (rows) and recency t_x
 * (columns). A cell with {@code x = 0} and {@code t_x > 0} cannot occur and holds {@code NaN}. Immutable.
 */
public final class FrequencyRecencyGrid {

    private final String modelId;
    private final double age;
    private final double horizon;
    private final int[] frequencies;
    private final double[] recencies;
    private final double[][] expected;
    private final double[][] alive;

    /**
     * @param modelId     the model's id ({@code null} not permitted)
     * @param age         T of the grid's customer
     * @param horizon     length of the prediction window
     * @param frequencies row values x
     * @param recencies   column values t_x
     * @param expected    [row][column] expected purchases in the window
     * @param alive       [row][column] P(alive)
     */
    public FrequencyRecencyGrid(String modelId, double age, double horizon, int[] frequencies, double[] recencies,
                                double[][] expected, double[][] alive) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.age = age;
        this.horizon = horizon;
        this.frequencies = frequencies.clone();
        this.recencies = recencies.clone();
        this.expected = deepCopy(expected);
        this.alive = deepCopy(alive);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** @return the model's id */
    public String modelId() {
        return modelId;
    }

    /** @return T of the grid's customer, in model units */
    public double age() {
        return age;
    }

    /** @return the prediction window of {@link #expected}, in model units */
    public double horizon() {
        return horizon;
    }

    /** @return the row values x (a copy) */
    public int[] frequencies() {
        return frequencies.clone();
    }

    /** @return the column values t_x (a copy) */
    public double[] recencies() {
        return recencies.clone();
    }

    /**
     * @param row    row index
     * @param column column index
     * @return E[Y(horizon) | x, t_x, T] ({@code NaN} for an impossible cell)
     */
    public double expected(int row, int column) {
        return expected[row][column];
    }

    /**
     * @param row    row index
     * @param column column index
     * @return P(alive | x, t_x, T) ({@code NaN} for an impossible cell)
     */
    public double alive(int row, int column) {
        return alive[row][column];
    }
}
