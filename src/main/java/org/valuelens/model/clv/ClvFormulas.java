package org.valuelens.model.clv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.DiscountedPurchases;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;

/**
 * Customer lifetime value formulas, each returning a {@link ClvResult} with the formula text, the named inputs and
 * the intermediate steps.
 *
 * <p>Money is in the dataset's currency. Rates and margins are fractions (0.1 = 10 %). Invalid inputs (NaN,
 * infinities, negative frequencies or lifespans, retention rates outside [0, 1] or not below 1 + d) raise an
 * {@link IllegalArgumentException} whose message is a plain sentence; zero or empty inputs give defined values,
 * never NaN.
 */
public final class ClvFormulas {

    private ClvFormulas() {
    }

    // ------------------------------------------------------------------ simple

    /**
     * Simple (revenue) CLV: {@code AOV × F × L − CAC}.
     *
     * @param averageOrderValue average order value, currency (finite)
     * @param purchasesPerYear  purchase frequency per year ({@code >= 0})
     * @param lifespanYears     expected lifespan in years ({@code >= 0})
     * @param acquisitionCost   customer acquisition cost CAC, currency ({@code >= 0})
     * @return the result
     */
    public static ClvResult simple(double averageOrderValue, double purchasesPerYear, double lifespanYears,
                                   double acquisitionCost) {
        return simple(averageOrderValue, purchasesPerYear, lifespanYears, null, acquisitionCost,
                new LinkedHashMap<>(), new ArrayList<>());
    }

    /**
     * Simple margin CLV: {@code AOV × F × L × m − CAC}.
     *
     * @param averageOrderValue average order value, currency (finite)
     * @param purchasesPerYear  purchase frequency per year ({@code >= 0})
     * @param lifespanYears     expected lifespan in years ({@code >= 0})
     * @param margin            gross margin as a fraction of revenue (finite, {@code <= 1})
     * @param acquisitionCost   customer acquisition cost CAC, currency ({@code >= 0})
     * @return the result
     */
    public static ClvResult simpleWithMargin(double averageOrderValue, double purchasesPerYear, double lifespanYears,
                                             double margin, double acquisitionCost) {
        return simple(averageOrderValue, purchasesPerYear, lifespanYears, margin, acquisitionCost,
                new LinkedHashMap<>(), new ArrayList<>());
    }

    /**
     * Simple CLV of one row of a customer table: AOV, frequency and (when present) lifespan, margin and CAC come
     * from the record. A missing lifespan uses {@code defaultLifespanYears}, a missing CAC counts as 0, and a
     * missing margin gives the revenue formula.
     *
     * @param record               the customer ({@code null} not permitted)
     * @param defaultLifespanYears lifespan in years when the record has none ({@code >= 0})
     * @return the result
     * @throws IllegalArgumentException when the record lacks AOV or frequency, or a value is invalid
     */
    public static ClvResult simple(CustomerRecord record, double defaultLifespanYears) {
        Objects.requireNonNull(record, "record");
        if (record.averageOrderValue() == null) {
            throw new IllegalArgumentException("Customer " + record.customerId()
                    + " has no average order value; the simple formula needs AOV, purchase frequency and lifespan.");
        }
        if (record.purchaseFrequency() == null) {
            throw new IllegalArgumentException("Customer " + record.customerId()
                    + " has no purchase frequency; the simple formula needs AOV, purchase frequency and lifespan.");
        }
        double lifespan = record.lifespanYears() != null ? record.lifespanYears() : defaultLifespanYears;
        double cac = record.acquisitionCost() != null ? record.acquisitionCost() : 0.0;
        return simple(record.averageOrderValue(), record.purchaseFrequency(), lifespan, record.margin(), cac,
                new LinkedHashMap<>(), new ArrayList<>());
    }

    /**
     * A customer's observed time for per-period and per-year rates: the age T, at least one month (so that a
     * customer who bought yesterday does not get a year's revenue from one day, and the rates do not depend on the
     * time unit). The one definition used by the simple, retention and DCF methods (docs/definitions.md).
     *
     * @param summary the customer ({@code null} not permitted)
     * @param unit    the unit of the summary ({@code null} not permitted)
     * @return observed time in periods of {@code unit}
     */
    public static double observedPeriods(CustomerSummary summary, TimeUnit unit) {
        return org.valuelens.model.summary.BaseFigures.observedPeriods(summary, unit);
    }

    /**
     * Simple margin CLV derived from a transaction summary: AOV = revenue / purchase days; frequency per year =
     * purchase days / observed years ({@link #observedPeriods}); {@code CLV = AOV × F × L × m − CAC}.
     *
     * @param summary         the customer ({@code null} not permitted)
     * @param unit            the unit the summary was built in ({@code null} not permitted)
     * @param lifespanYears   expected lifespan in years ({@code >= 0})
     * @param margin          gross margin as a fraction of revenue (finite, {@code <= 1})
     * @param acquisitionCost CAC, currency ({@code >= 0})
     * @return the result
     */
    public static ClvResult simple(CustomerSummary summary, TimeUnit unit, double lifespanYears, double margin,
                                   double acquisitionCost) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(unit, "unit");
        int days = summary.purchaseDays();
        double observed = observedPeriods(summary, unit);
        double observedYears = observed / unit.periodsPerYear();
        double aov = summary.revenue() / days;
        double frequency = days / observedYears;
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("revenue to date (currency)", summary.revenue());
        inputs.put("purchase days", (double) days);
        inputs.put("observed time (" + plural(unit) + ", at least one month)", observed);
        List<ClvStep> steps = new ArrayList<>();
        steps.add(new ClvStep("observed time (years)", observedYears));
        return simple(aov, frequency, lifespanYears, margin, acquisitionCost, inputs, steps);
    }

    private static ClvResult simple(double aov, double frequency, double lifespan, Double margin, double cac,
                                    Map<String, Double> inputs, List<ClvStep> steps) {
        finite(aov, "The average order value");
        nonNegative(frequency, "The purchase frequency");
        nonNegative(lifespan, "The lifespan");
        nonNegative(cac, "The acquisition cost");
        if (margin != null) {
            fraction(margin, "The margin");
        }
        inputs.put("average order value AOV (currency)", aov);
        inputs.put("purchase frequency F (per year)", frequency);
        inputs.put("lifespan L (years)", lifespan);
        if (margin != null) {
            inputs.put("margin m (fraction of revenue)", margin);
        }
        inputs.put("acquisition cost CAC (currency)", cac);
        double perYear = aov * frequency;
        double lifetime = perYear * lifespan;
        steps.add(new ClvStep("revenue per year (AOV × F)", perYear));
        steps.add(new ClvStep("lifetime revenue (AOV × F × L)", lifetime));
        double gross = lifetime;
        if (margin != null) {
            gross = lifetime * margin;
            steps.add(new ClvStep("lifetime margin (AOV × F × L × m)", gross));
        }
        double value = gross - cac;
        steps.add(new ClvStep("CLV after acquisition cost", value));
        String formula = margin == null ? "CLV = AOV × F × L − CAC" : "CLV = AOV × F × L × m − CAC";
        return new ClvResult("simple", formula, value, inputs, steps);
    }

    // ------------------------------------------------------------------ retention

    /**
     * Retention-based CLV with margins at the end of each period: {@code m × r / (1 + d − r)}
     * (m = 100, r = 0.8, d = 0.1 gives 266.67).
     *
     * @param marginPerPeriod margin per customer per period, currency (finite)
     * @param retentionRate   share of customers retained from one period to the next, in [0, 1]
     * @param discountRate    discount rate per period ({@code > -1}); {@code r < 1 + d} is required
     * @return the result
     */
    public static ClvResult retention(double marginPerPeriod, double retentionRate, double discountRate) {
        double denominator = checkRetention(marginPerPeriod, retentionRate, discountRate);
        double value = marginPerPeriod * retentionRate / denominator;
        List<ClvStep> steps = List.of(new ClvStep("1 + d − r", denominator),
                new ClvStep("m × r", marginPerPeriod * retentionRate),
                new ClvStep("margin multiple r / (1 + d − r)", retentionRate / denominator),
                new ClvStep("CLV", value));
        return new ClvResult("retention", "CLV = m × r / (1 + d − r)", value,
                retentionInputs(marginPerPeriod, retentionRate, discountRate), steps);
    }

    /**
     * Retention-based CLV counting the first margin up front: {@code m × (1 + d) / (1 + d − r)}
     * {@code = m + m × r / (1 + d − r)} (m = 100, r = 0.8, d = 0.1 gives 366.67).
     *
     * @param marginPerPeriod margin per customer per period, currency (finite)
     * @param retentionRate   retention rate per period, in [0, 1]
     * @param discountRate    discount rate per period ({@code > -1}); {@code r < 1 + d} is required
     * @return the result
     */
    public static ClvResult retentionFirstMarginUpFront(double marginPerPeriod, double retentionRate,
                                                        double discountRate) {
        double denominator = checkRetention(marginPerPeriod, retentionRate, discountRate);
        double future = marginPerPeriod * retentionRate / denominator;
        double value = marginPerPeriod * (1 + discountRate) / denominator;
        List<ClvStep> steps = List.of(new ClvStep("1 + d − r", denominator),
                new ClvStep("first margin, received now (m)", marginPerPeriod),
                new ClvStep("later margins m × r / (1 + d − r)", future),
                new ClvStep("CLV = m + m × r / (1 + d − r)", value));
        return new ClvResult("retention (first margin up front)", "CLV = m × (1 + d) / (1 + d − r)", value,
                retentionInputs(marginPerPeriod, retentionRate, discountRate), steps);
    }

    private static double checkRetention(double m, double r, double d) {
        finite(m, "The margin per period");
        finite(r, "The retention rate");
        finite(d, "The discount rate");
        if (r < 0 || r > 1) {
            throw new IllegalArgumentException("The retention rate must be between 0 and 1 (it was " + r + ").");
        }
        if (d <= -1) {
            throw new IllegalArgumentException("The discount rate must be above -100 % (it was " + d + ").");
        }
        double denominator = 1 + d - r;
        if (denominator <= 0) {
            throw new IllegalArgumentException("The retention rate (" + r + ") must be below 1 + the discount rate ("
                    + (1 + d) + "), otherwise the value never stops growing.");
        }
        return denominator;
    }

    private static Map<String, Double> retentionInputs(double m, double r, double d) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("margin per period m (currency)", m);
        inputs.put("retention rate r (per period)", r);
        inputs.put("discount rate d (per period)", d);
        return inputs;
    }

    // ------------------------------------------------------------------ discounted cash flow

    /**
     * Discounted cash flow: {@code Σ_{t=1..H} (R_t − C_t) × r^t / (1 + d)^t}, where period t = index t − 1.
     *
     * @param revenuePerPeriod revenue per customer in periods 1..H, currency (finite; {@code null} not permitted;
     *                         empty gives 0)
     * @param costPerPeriod    cost per customer in the same periods ({@code null} = no cost; else same length)
     * @param retentionRate    retention per period in [0, 1]
     * @param discountRate     discount rate per period ({@code > -1})
     * @param periodName       name of one period for labels, e.g. "year" ({@code null} not permitted)
     * @return the result
     */
    public static ClvResult discountedCashFlow(double[] revenuePerPeriod, double[] costPerPeriod,
                                               double retentionRate, double discountRate, String periodName) {
        Objects.requireNonNull(revenuePerPeriod, "revenuePerPeriod");
        Objects.requireNonNull(periodName, "periodName");
        int h = revenuePerPeriod.length;
        if (costPerPeriod != null && costPerPeriod.length != h) {
            throw new IllegalArgumentException("Revenue and cost must cover the same number of " + periodName
                    + "s (" + h + " and " + costPerPeriod.length + ").");
        }
        finite(retentionRate, "The retention rate");
        finite(discountRate, "The discount rate");
        if (retentionRate < 0 || retentionRate > 1) {
            throw new IllegalArgumentException("The retention rate must be between 0 and 1 (it was "
                    + retentionRate + ").");
        }
        if (discountRate <= -1) {
            throw new IllegalArgumentException("The discount rate must be above -100 % (it was " + discountRate
                    + ").");
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("horizon H (" + periodName + "s)", (double) h);
        inputs.put("retention rate r (per " + periodName + ")", retentionRate);
        inputs.put("discount rate d (per " + periodName + ")", discountRate);
        List<ClvStep> steps = new ArrayList<>();
        double value = 0;
        double undiscounted = 0;
        double factor = 1;
        for (int t = 1; t <= h; t++) {
            double rev = revenuePerPeriod[t - 1];
            double cost = costPerPeriod == null ? 0 : costPerPeriod[t - 1];
            finite(rev, "The revenue of " + periodName + " " + t);
            finite(cost, "The cost of " + periodName + " " + t);
            inputs.put("revenue R_" + t + " (" + periodName + " " + t + ", currency)", rev);
            inputs.put("cost C_" + t + " (" + periodName + " " + t + ", currency)", cost);
            factor *= retentionRate / (1 + discountRate);
            double contribution = (rev - cost) * factor;
            undiscounted += rev - cost;
            value += contribution;
            steps.add(new ClvStep(periodName + " " + t + ": (R − C) × r^t / (1 + d)^t", contribution));
        }
        steps.add(new ClvStep("margin before retention and discounting (Σ R − C)", undiscounted));
        steps.add(new ClvStep("CLV", value));
        return new ClvResult("discounted cash flow", "CLV = Σ_{t=1..H} (R_t − C_t) × r^t / (1 + d)^t", value,
                inputs, steps);
    }

    // ------------------------------------------------------------------ historical + predicted

    /**
     * Historical (realised) value to the calibration end: revenue, or margin (revenue − cost when the summary has
     * a cost, else revenue × margin fraction).
     *
     * @param summary        the customer ({@code null} not permitted)
     * @param basis          revenue or margin ({@code null} not permitted)
     * @param marginFraction margin fraction used for {@link ValueBasis#MARGIN} when the summary has no cost
     *                       ({@code null} permitted otherwise)
     * @return the result
     */
    public static ClvResult historical(CustomerSummary summary, ValueBasis basis, Double marginFraction) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(basis, "basis");
        finite(summary.revenue(), "The revenue");
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("revenue to date (currency)", summary.revenue());
        if (basis == ValueBasis.REVENUE) {
            return new ClvResult("historical", "historical value = revenue to date", summary.revenue(), inputs,
                    List.of(new ClvStep("historical value (currency)", summary.revenue())));
        }
        if (summary.cost() != null) {
            finite(summary.cost(), "The cost");
            inputs.put("cost to date (currency)", summary.cost());
            double v = summary.revenue() - summary.cost();
            return new ClvResult("historical", "historical value = revenue − cost to date", v, inputs,
                    List.of(new ClvStep("historical margin (currency)", v)));
        }
        if (marginFraction == null) {
            throw new IllegalArgumentException("Customer " + summary.customerId()
                    + " has no cost data; give a margin fraction to value the history as margin.");
        }
        fraction(marginFraction, "The margin");
        inputs.put("margin m (fraction of revenue)", marginFraction);
        double v = summary.revenue() * marginFraction;
        return new ClvResult("historical", "historical value = revenue to date × m", v, inputs,
                List.of(new ClvStep("historical margin (currency)", v)));
    }

    /**
     * Total value = historical value + predicted future value.
     *
     * @param historical the realised value ({@code null} not permitted)
     * @param future     the predicted future value ({@code null} not permitted)
     * @return the result, with both parts as inputs
     */
    public static ClvResult total(ClvResult historical, ClvResult future) {
        Objects.requireNonNull(historical, "historical");
        Objects.requireNonNull(future, "future");
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("historical value (currency)", historical.value());
        inputs.put("predicted future value (currency)", future.value());
        double v = historical.value() + future.value();
        return new ClvResult("total", "total value = historical value + predicted future value", v, inputs,
                List.of(new ClvStep("total value (currency)", v)));
    }

    // ------------------------------------------------------------------ predictive

    /**
     * Predictive CLV from a fitted purchase model and spend model:
     * {@code Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) × E[spend] × m / (1 + d)^k}, with
     * {@code d = unit.periodRate(annualDiscountRate)} and H in periods of {@code unit}, the unit the models were
     * fitted in (the summary must be in that unit too).
     *
     * @param purchases          fitted purchase model ({@code null} not permitted)
     * @param spend              fitted spend model ({@code null} not permitted)
     * @param summary            the customer, in {@code unit} ({@code null} not permitted)
     * @param unit               the fitted time unit ({@code null} not permitted)
     * @param horizonPeriods     horizon H in periods of {@code unit} ({@code >= 0}; 0 gives 0)
     * @param margin             margin as a fraction of revenue (finite, {@code <= 1}; 1 = revenue)
     * @param annualDiscountRate annual discount rate ({@code > -1})
     * @return the result
     */
    public static ClvResult predictive(PurchaseModel purchases, SpendModel spend, CustomerSummary summary,
                                       TimeUnit unit, int horizonPeriods, double margin, double annualDiscountRate) {
        Prediction p = predict(purchases, spend, summary, unit, horizonPeriods, margin, annualDiscountRate);
        String u = plural(unit);
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("frequency x (repeat purchases)", (double) summary.frequency());
        inputs.put("recency t_x (" + u + ")", summary.recency());
        inputs.put("age T (" + u + ")", summary.age());
        inputs.put("mean repeat spend (currency)", summary.monetaryValue());
        inputs.put("horizon H (" + u + ")", (double) horizonPeriods);
        inputs.put("margin m (fraction of revenue)", margin);
        inputs.put("discount rate (per year)", annualDiscountRate);
        inputs.put("discount rate d (per " + unit.cliName() + ")", p.periodRate);
        List<ClvStep> steps = new ArrayList<>();
        double alive = purchases.probabilityAlive(summary.frequency(), summary.recency(), summary.age());
        modelOutput(alive, "a probability of being alive", summary);
        steps.add(new ClvStep("P(alive)", alive));
        steps.add(new ClvStep("expected purchases in the next " + horizonPeriods + " " + u + " (E[Y(H)])",
                p.purchases));
        steps.add(new ClvStep("expected spend per purchase (currency)", p.spend));
        steps.add(new ClvStep("expected revenue, undiscounted (currency)", p.purchases * p.spend));
        steps.add(new ClvStep("expected margin, undiscounted (currency)", p.purchases * p.spend * margin));
        steps.add(new ClvStep("expected margin, discounted = CLV (currency)", p.value));
        return new ClvResult("predictive (" + purchases.id() + ")",
                "CLV = Σ_{k=1..H} (E[Y(k)] − E[Y(k−1)]) × E[spend] × m / (1 + d)^k", p.value, inputs, steps);
    }

    /**
     * The value of {@link #predictive} without the explanation (for whole customer bases).
     *
     * @param purchases          fitted purchase model ({@code null} not permitted)
     * @param spend              fitted spend model ({@code null} not permitted)
     * @param summary            the customer, in {@code unit} ({@code null} not permitted)
     * @param unit               the fitted time unit ({@code null} not permitted)
     * @param horizonPeriods     horizon H in periods of {@code unit} ({@code >= 0})
     * @param margin             margin fraction (finite, {@code <= 1})
     * @param annualDiscountRate annual discount rate ({@code > -1})
     * @return discounted expected margin over the horizon, currency
     */
    public static double predictiveValue(PurchaseModel purchases, SpendModel spend, CustomerSummary summary,
                                         TimeUnit unit, int horizonPeriods, double margin,
                                         double annualDiscountRate) {
        return predict(purchases, spend, summary, unit, horizonPeriods, margin, annualDiscountRate).value;
    }

    /** One customer's prediction: E[Y(H)], expected spend, period discount rate and the discounted value. */
    record Prediction(double purchases, double spend, double periodRate, double value) {
    }

    private static Prediction predict(PurchaseModel purchases, SpendModel spend, CustomerSummary s, TimeUnit unit,
                                      int horizon, double margin, double annualDiscountRate) {
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(s, "summary");
        double d = periodRate(unit, horizon, annualDiscountRate);
        DiscountedPurchases.Horizon h = new DiscountedPurchases(purchases, horizon, d)
                .of(s.frequency(), s.recency(), s.age());
        return prediction(h, spend, s, margin, d);
    }

    /**
     * Checks the horizon and the annual discount rate of a predictive CLV.
     *
     * @return the discount rate per period of {@code unit}
     */
    static double periodRate(TimeUnit unit, int horizon, double annualDiscountRate) {
        Objects.requireNonNull(unit, "unit");
        if (horizon < 0) {
            throw new IllegalArgumentException("The horizon must not be negative (it was " + horizon + " "
                    + plural(unit) + ").");
        }
        finite(annualDiscountRate, "The annual discount rate");
        if (annualDiscountRate <= -1) {
            throw new IllegalArgumentException("The annual discount rate must be above -100 % (it was "
                    + annualDiscountRate + ").");
        }
        return unit.periodRate(annualDiscountRate);
    }

    /**
     * @param h      the customer's discounted and expected purchases over the horizon
     * @param margin margin fraction (checked here)
     * @param d      discount rate per period
     * @return the customer's predictive CLV: {@code D × E[spend] × m}
     */
    static Prediction prediction(DiscountedPurchases.Horizon h, SpendModel spend, CustomerSummary s, double margin,
                                 double d) {
        Objects.requireNonNull(spend, "spend");
        fraction(margin, "The margin");
        // repeat purchases netted below zero by returns carry no spend: they count as 0 per purchase (the spend
        // model then shrinks the customer towards 0, weighted by the number of repeat purchases)
        double expectedSpend = spend.expectedSpend(s.frequency(), Math.max(0, s.monetaryValue()));
        modelOutput(expectedSpend, "an expected spend", s);
        modelOutput(h.expected(), "an expected number of purchases", s);
        modelOutput(h.discounted(), "an expected number of purchases", s);
        return new Prediction(h.expected(), expectedSpend, d, h.discounted() * expectedSpend * margin);
    }

    private static void modelOutput(double v, String what, CustomerSummary s) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("The model returned " + what + " that is not a finite number ("
                    + v + ") for customer " + s.customerId() + ".");
        }
    }

    // ------------------------------------------------------------------ checks

    static String plural(TimeUnit unit) {
        return unit.cliName() + "s";
    }

    static void finite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a number (it was " + v + ").");
        }
    }

    static void nonNegative(double v, String what) {
        finite(v, what);
        if (v < 0) {
            throw new IllegalArgumentException(what + " must not be negative (it was " + v + ").");
        }
    }

    static void fraction(double v, String what) {
        finite(v, what);
        if (v > 1) {
            throw new IllegalArgumentException(what + " is a fraction of revenue and must not exceed 1 (it was "
                    + v + "); write 30 % as 0.3.");
        }
    }
}
