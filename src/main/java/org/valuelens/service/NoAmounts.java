package org.valuelens.service;

/**
 * The one sentence said wherever an analysis needs spend and the dataset is count-only (a transaction log imported
 * without an amount column, docs/decisions/0018-count-only-datasets.md).
 */
public final class NoAmounts {

    /** What count-only datasets still support, appended to every refusal. */
    static final String STILL_WORKS = "purchase counts, purchase models (BG/NBD, MBG/NBD, Pareto/NBD), P(alive),"
            + " expected purchases, churn segments and retention cohorts still work.";

    private NoAmounts() {
    }

    /**
     * @param what the spend figure asked for, e.g. "CLV" ({@code null} not permitted)
     * @return the sentence: the dataset has no amounts, so {@code what} cannot be computed
     */
    public static String sentence(String what) {
        return "This dataset has no amounts (its file had no amount column), so " + what + " cannot be computed; "
                + STILL_WORKS;
    }
}
