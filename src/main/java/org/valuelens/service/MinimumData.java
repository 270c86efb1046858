package org.valuelens.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuelens.model.CustomerSummary;

/**
 * When data are too thin for a purchase model's predictions, says what is missing and what to use instead. The
 * thresholds are in docs/predictions.md: fewer than {@value #MIN_CUSTOMERS} customers or {@value #MIN_REPEATERS}
 * repeat customers refuse; fewer than {@value #FEW_REPEATERS} repeat customers, or a history shorter than the
 * window, warn.
 */
final class MinimumData {

    /** Fewer customers than this: no model predictions. */
    static final int MIN_CUSTOMERS = 30;
    /** Fewer repeat customers (two or more purchase days) than this: no model predictions. */
    static final int MIN_REPEATERS = 20;
    /** Fewer repeat customers than this: a warning that the ranges are wide. */
    static final int FEW_REPEATERS = 100;

    private static final String INSTEAD = " Use a formula method instead (clv --method historical, simple, "
            + "retention or dcf), or import a longer history.";

    private MinimumData() {
    }

    /**
     * @param customers   the customers analysed
     * @param historyDays days from the first purchase to the end of the data
     * @param windowDays  length of the prediction window in days
     * @return warnings (possibly empty)
     * @throws ServiceException with one sentence when the data cannot support predictions
     */
    static List<String> check(List<CustomerSummary> customers, double historyDays, double windowDays) {
        int n = customers.size();
        long repeaters = customers.stream().filter(c -> c.frequency() > 0).count();
        if (n < MIN_CUSTOMERS) {
            throw new ServiceException("Only " + n + (n == 1 ? " customer" : " customers") + ": predictions from a purchase model need at least "
                    + MIN_CUSTOMERS + " customers." + INSTEAD);
        }
        if (repeaters < MIN_REPEATERS) {
            throw new ServiceException("Only " + repeaters + " of " + n + " customers bought on more than one day: "
                    + "a purchase model needs at least " + MIN_REPEATERS + " repeat customers to learn how often "
                    + "customers buy and when they stop." + INSTEAD);
        }
        List<String> warnings = new ArrayList<>();
        if (repeaters < FEW_REPEATERS) {
            warnings.add("Only " + repeaters + " repeat customers: the predictions rest on few repeat purchases, so "
                    + "their ranges are wide; treat them as rough.");
        }
        if (historyDays < windowDays) {
            warnings.add(String.format(Locale.ROOT, "The data cover %.0f days, less than the %.0f-day window: the "
                    + "window's predictions reach beyond anything observed.", historyDays, windowDays));
        }
        return warnings;
    }
}
