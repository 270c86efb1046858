package org.valuelens.model.btyd;

/** A fitted model of the average spend per purchase (Gamma-Gamma). Money in the dataset's currency. */
public interface SpendModel {
    /**
     * @param x             repeat purchases ({@code >= 0})
     * @param meanSpend     mean spend of the repeat purchases (ignored when {@code x == 0})
     * @return E[M | x, mean spend], expected spend per purchase ({@code x == 0}: the population mean)
     */
    double expectedSpend(int x, double meanSpend);
}
