package org.valuelens.service;

import java.util.List;
import java.util.Objects;
import org.valuelens.model.btyd.BgBbModel;
import org.valuelens.model.btyd.FitResult;

/**
 * A BG/BB fit on a recency/frequency table of discrete transaction opportunities.
 *
 * @param fit       the fit (alpha, beta, gamma, delta, log-likelihood, warnings, model)
 * @param rows      the table with each row's P(alive) (unmodifiable)
 * @param customers customers in the table
 * @param expected  E[X(n)] of a new customer for n = 1..horizon opportunities; index 0 = n = 1 (unmodifiable)
 */
public record BgBbReport(FitResult<BgBbModel> fit, List<Row> rows, long customers, List<Double> expected) {
    /** Copies the lists. */
    public BgBbReport {
        Objects.requireNonNull(fit, "fit");
        rows = List.copyOf(rows);
        expected = List.copyOf(expected);
    }

    /**
     * One row of the table.
     *
     * @param x         transactions after the first opportunity
     * @param tx        opportunity of the last transaction (0 when x = 0)
     * @param n         opportunities observed
     * @param customers customers with this history
     * @param pAlive    P(alive at opportunity n + 1)
     */
    public record Row(int x, int tx, int n, long customers, double pAlive) {
    }
}
