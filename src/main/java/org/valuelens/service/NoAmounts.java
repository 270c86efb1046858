package org.valuelens.service;

/**
 * The one sentence said wherever an analysis needs spend and the dataset is count-only (a transaction log imported
 * without an amount column, docs/decisions/0018-count-only-datasets.md).
 */
public final class NoAmounts {

    private static final String PREFIX = "This dataset has no amounts (its file had no amount column), so ";

    /** What count-only datasets still support, appended to every refusal. */
    static final String STILL_WORKS = "purchase counts, purchase models (BG/NBD, MBG/NBD, Pareto/NBD), P(alive),"
            + " expected purchases, churn segments and retention cohorts still work.";

    /** The note beside figures that are counts-only by construction (e.g. the churn segments' revenue columns). */
    static final String COUNT_ONLY_REVENUE = "This dataset has no amounts (its file had no amount column): the"
            + " revenue columns are 0 and carry no information; the customer counts and P(alive) are real.";

    private NoAmounts() {
    }

    /**
     * @param error an analysis failure, {@code null} permitted
     * @return whether it (or a cause) is the no-amounts refusal of a count-only dataset
     */
    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceException && t.getMessage() != null && t.getMessage().startsWith(PREFIX)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * @param what the spend figure asked for, e.g. "CLV" ({@code null} not permitted)
     * @return the sentence: the dataset has no amounts, so {@code what} cannot be computed
     */
    public static String sentence(String what) {
        return PREFIX + what + " cannot be computed; " + STILL_WORKS;
    }
}
