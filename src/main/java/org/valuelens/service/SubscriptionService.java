package org.valuelens.service;

import java.util.ArrayList;
import java.util.List;
import org.valuelens.model.btyd.FitException;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.SbgFitter;
import org.valuelens.model.btyd.SbgModel;

/**
 * Subscription cohorts: fits the shifted-beta-geometric model (Fader &amp; Hardie 2007) to the customers of one
 * cohort still active after each period, projects the curve and values the customers still active (DERL, Fader
 * &amp; Hardie 2010). Needs no workspace: the input is typed or pasted. Stateless and thread-safe.
 */
public final class SubscriptionService {
    /** Longest projection, in periods. */
    public static final int MAX_HORIZON = 200;

    /** Creates the service. */
    public SubscriptionService() {
        // stateless
    }

    /**
     * Reads the customers still active per period from text: numbers separated by commas, semicolons, spaces,
     * tabs or new lines (the Chinese comma too).
     *
     * @param text e.g. "1000, 631, 468, 382, 326" ({@code null} reads as empty)
     * @return the numbers
     * @throws ServiceException naming the first entry that is not a number
     */
    public static double[] parseActive(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("[\\s,;，；]+");
        List<Double> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(p.replace("%", "")));
            } catch (NumberFormatException e) {
                throw new ServiceException("'" + p + "' is not a number: type the customers still active in each "
                        + "period, separated by commas (e.g. 1000, 631, 468, 382, 326).");
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Fits sBG and projects.
     *
     * @param values         customers still active after periods 0..n (whole numbers), or percentages of the
     *                       first value when any is not whole (index 0 = the cohort at acquisition)
     * @param cohortSize     cohort size for percentages ({@code > 0}; ignored for whole numbers)
     * @param horizon        periods to project after n (0..{@value #MAX_HORIZON})
     * @param discountRate   discount rate per period ({@code > 0}, e.g. 0.10)
     * @param valuePerPeriod margin per customer and period ({@code > 0}; 1 gives results in periods)
     * @return the fit, the curve and the residual value
     * @throws ServiceException with one plain sentence for bad input or a fit that cannot be made
     */
    public SubscriptionReport fit(double[] values, long cohortSize, int horizon, double discountRate,
                                  double valuePerPeriod) {
        check(values, horizon, discountRate, valuePerPeriod);
        boolean percent = false;
        for (double v : values) {
            percent |= v != Math.rint(v);
        }
        if (percent && cohortSize <= 0) {
            throw new ServiceException("The cohort size must be a positive number of customers.");
        }
        long[] active = new long[values.length];
        for (int t = 0; t < values.length; t++) {
            active[t] = percent ? Math.round(cohortSize * values[t] / values[0]) : (long) values[t];
        }
        FitResult<SbgModel> fit;
        try {
            fit = new SbgFitter().fitCounts(active);
        } catch (FitException e) {
            throw new ServiceException("The retention model could not be fitted: " + e.getMessage() + ".", e);
        }
        SbgModel m = fit.model();
        int n = active.length - 1;
        List<SubscriptionReport.Period> periods = new ArrayList<>();
        for (int t = 0; t <= n + horizon; t++) {
            boolean observed = t <= n;
            double s = m.survival(t);
            periods.add(new SubscriptionReport.Period(t, observed ? active[t] : null,
                    observed ? active[t] / (double) active[0] : null, s, active[0] * s,
                    t == 0 ? Double.NaN : m.retentionRate(t), !observed));
        }
        double del = m.discountedExpectedLifetime(discountRate);
        double derl = m.discountedExpectedResidualLifetime(discountRate, n);
        return new SubscriptionReport(fit, active, percent, periods, discountRate, valuePerPeriod, del,
                del * valuePerPeriod, derl, active[n] * derl * valuePerPeriod);
    }

    private static void check(double[] values, int horizon, double discountRate, double valuePerPeriod) {
        if (values == null || values.length < 2) {
            throw new ServiceException("Type at least two numbers: the cohort size and the customers still active "
                    + "after the first period (e.g. 1000, 631).");
        }
        if (!(values[0] > 0)) {
            throw new ServiceException("The first number is the cohort at acquisition and must be positive, not "
                    + plain(values[0]) + ".");
        }
        for (int t = 1; t < values.length; t++) {
            if (!(values[t] >= 0)) {
                throw new ServiceException("Period " + t + " has " + plain(values[t])
                        + " customers; active customers cannot be negative.");
            }
            if (values[t] > values[t - 1]) {
                throw new ServiceException("Period " + t + " has " + plain(values[t]) + " customers still active, "
                        + "more than the " + plain(values[t - 1]) + " of period " + (t - 1)
                        + ": a cohort can only shrink (type the same cohort's survivors, not new sign-ups).");
            }
        }
        if (horizon < 0 || horizon > MAX_HORIZON) {
            throw new ServiceException("The horizon must be 0 to " + MAX_HORIZON + " periods, not " + horizon + ".");
        }
        if (!(discountRate > 0) || discountRate >= 1) {
            throw new ServiceException("The discount rate per period must be above 0 and below 1 (0.1 = 10 %), not "
                    + discountRate + ".");
        }
        if (!(valuePerPeriod > 0) || Double.isInfinite(valuePerPeriod)) {
            throw new ServiceException("The value per period must be a positive amount, not " + valuePerPeriod
                    + ".");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
