package org.valuelens.service;

/**
 * The sentences said where an analysis needs what a summary-only dataset (one row per customer, imported from a
 * database or the Spark job in summary mode, docs/decisions/0028-summary-only-datasets.md) does not keep.
 */
public final class SummaryOnly {

    private static final String PREFIX = "This dataset keeps one summary row per customer (a summary-mode import"
            + " from a database or the Spark job), so ";

    /** What still works on a summary-only dataset. */
    static final String STILL_WORKS = "models (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma), CLV, value tiers, RFM,"
            + " k-means, the quadrant, churn segments and channels (without payback) work; import again in the"
            + " aggregated mode for the rest.";

    private SummaryOnly() {
    }

    /**
     * @param what the analysis asked for, e.g. "cohorts"
     * @return the refusal: the analysis needs the purchases by day
     */
    public static String sentence(String what) {
        return PREFIX + what + " (which need the purchases by day) cannot be computed; " + STILL_WORKS;
    }

    /**
     * @param why the settings the summary cannot serve, e.g. "its calibration end is fixed at 1997-09-30"
     * @return the refusal of other summary settings
     */
    static String settings(String why) {
        return PREFIX + "it cannot be summarised again with other settings: " + why + ". Use its settings, or"
                + " import again in the aggregated mode.";
    }

    /**
     * @param error an analysis failure, {@code null} permitted
     * @return whether it (or a cause) is a summary-only refusal
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
}
