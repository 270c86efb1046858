package org.valuelens.report.deck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.model.diagnostics.RepeatDistribution;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.HoldoutValidation;

/**
 * Everything the report deck and its workbook show, gathered beforehand (by the service layer) so that building
 * the files needs no workspace. Money is in the dataset's currency; shares are fractions in [0, 1]; segment names
 * and actions are the model's English ones (the deck translates them).
 *
 * @param header    title-slide facts and settings ({@code null} not permitted)
 * @param kpis      headline figures ({@code null} not permitted)
 * @param customers one row per customer (copied)
 * @param schemes   segment tables per scheme, in display order (copied)
 * @param quadrant  the gold / meteor / stream / burden result ({@code null} not permitted)
 * @param rfm       the RFM result ({@code null} not permitted)
 * @param cohorts   monthly acquisition cohorts and channels ({@code null} not permitted)
 * @param methods   CLV method, fitted parameters and holdout check ({@code null} not permitted)
 * @param products  first products and N-day value (two more slides and sheets), {@code null} for none
 * @param outlook   the "Outlook: next 90 days" figures, {@code null} when no purchase model could predict
 */
public record ReportData(Header header, Kpis kpis, List<CustomerRow> customers, List<Scheme> schemes,
                         QuadrantResult quadrant, RfmResult rfm, CohortResult cohorts, Methods methods,
                         ProductSection products, Outlook outlook) {

    /**
     * A report without the product slides and the outlook (see the canonical constructor for the parameters).
     *
     * @param header    title-slide facts
     * @param kpis      headline figures
     * @param customers one row per customer
     * @param schemes   segment tables
     * @param quadrant  the quadrant result
     * @param rfm       the RFM result
     * @param cohorts   cohorts and channels
     * @param methods   CLV method and holdout check
     */
    public ReportData(Header header, Kpis kpis, List<CustomerRow> customers, List<Scheme> schemes,
                      QuadrantResult quadrant, RfmResult rfm, CohortResult cohorts, Methods methods) {
        this(header, kpis, customers, schemes, quadrant, rfm, cohorts, methods, null, null);
    }

    /**
     * The outlook over the window after the data: expected orders and revenue with their ranges, customers at High
     * churn risk, and expected orders by week.
     *
     * @param model        the purchase model's id
     * @param windowStart  first day of the window
     * @param windowEnd    last day of the window
     * @param level        coverage of the ranges
     * @param orders       expected orders of the base, with the range
     * @param revenue      expected revenue of the base, with the range
     * @param customers    customers predicted
     * @param highRisk     customers at High churn risk
     * @param highFrom     the High cut-off on P(no order in the window)
     * @param weekStarts   first day of each week after the data (copied)
     * @param weeklyOrders expected orders in each of those weeks (copied)
     */
    public record Outlook(String model, LocalDate windowStart, LocalDate windowEnd, double level,
                          org.valuelens.model.predict.Range orders, org.valuelens.model.predict.Range revenue,
                          long customers, long highRisk, double highFrom, List<LocalDate> weekStarts,
                          double[] weeklyOrders) {
        /** Copies. */
        public Outlook {
            weekStarts = List.copyOf(weekStarts);
            weeklyOrders = weeklyOrders.clone();
        }
    }

    /** Checks and copies. */
    public ReportData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(cohorts, "cohorts");
        Objects.requireNonNull(methods, "methods");
        customers = List.copyOf(customers);
        schemes = List.copyOf(schemes);
    }

    /**
     * @param id scheme id (tiers, rfm, kmeans, quadrant)
     * @return that scheme's table, or {@code null} when it was not gathered
     */
    public Scheme scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Title-slide facts and the analysis settings.
     *
     * @param datasetName        the dataset's source file name
     * @param firstDate          earliest purchase day
     * @param lastDate           latest purchase day
     * @param generatedOn        the report date
     * @param timeUnit           unit of recency, horizon and per-period rates
     * @param margin             gross margin fraction used when the data has no cost
     * @param annualDiscountRate discount rate per year (fraction)
     * @param horizon            CLV horizon in periods of {@code timeUnit}
     * @param clvMethod          the CLV method's command-line name (bg-nbd, historical, ...)
     * @param currency           currency symbol put before money amounts
     */
    public record Header(String datasetName, LocalDate firstDate, LocalDate lastDate, LocalDate generatedOn,
                         TimeUnit timeUnit, double margin, double annualDiscountRate, int horizon, String clvMethod,
                         String currency) {
        /** Checks the fields. */
        public Header {
            Objects.requireNonNull(datasetName, "datasetName");
            Objects.requireNonNull(timeUnit, "timeUnit");
            Objects.requireNonNull(clvMethod, "clvMethod");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * Headline figures.
     *
     * @param customers         customers with a purchase
     * @param transactions      transaction lines imported
     * @param revenue           total revenue
     * @param orders            purchase days summed over customers
     * @param averageOrderValue revenue / orders
     * @param purchaseFrequency orders / customers
     * @param repeatRate        share of customers with a repeat purchase day
     * @param meanClv           mean CLV by the report's method
     * @param medianClv         median CLV by the report's method
     * @param totalClv          sum of CLV
     * @param topRevenueShare   share of revenue from the top 20 % of customers by revenue
     * @param topClvShare       share of CLV from the top 20 % of customers by CLV
     */
    public record Kpis(int customers, long transactions, double revenue, long orders, double averageOrderValue,
                       double purchaseFrequency, double repeatRate, double meanClv, double medianClv,
                       double totalClv, double topRevenueShare, double topClvShare) {
    }

    /**
     * One customer's history, CLV and segments ({@code null} segment = scheme not run).
     *
     * @param customerId        customer id as imported
     * @param firstPurchase     first purchase day
     * @param lastPurchase      last purchase day
     * @param channel           acquisition channel, {@code null} when unknown
     * @param frequency         repeat purchase days
     * @param recency           time of the last repeat purchase after the first, periods of the time unit
     * @param age               time from the first purchase to the analysis end, periods
     * @param revenue           revenue to date
     * @param historicalMargin  realised margin to date
     * @param clv               CLV by the report's method
     * @param pAlive            P(alive) for probabilistic methods, {@code NaN} otherwise
     * @param expectedPurchases expected purchases over the horizon, {@code NaN} for formula methods
     * @param valueTier         value tier (English name)
     * @param rfmCode           RFM scores, e.g. "545"
     * @param rfmSegment        RFM segment (English name)
     * @param cluster           k-means cluster (English name)
     * @param quadrant          quadrant (English name)
     * @param profitPerPurchase quadrant y value
     */
    public record CustomerRow(String customerId, LocalDate firstPurchase, LocalDate lastPurchase, String channel,
                              int frequency, double recency, double age, double revenue, double historicalMargin,
                              double clv, double pAlive, double expectedPurchases, String valueTier, String rfmCode,
                              String rfmSegment, String cluster, String quadrant, Double profitPerPurchase) {
    }

    /**
     * The segment table of one scheme.
     *
     * @param id       tiers, rfm, kmeans or quadrant
     * @param segments segments in display order (copied)
     */
    public record Scheme(String id, List<SegmentLine> segments) {
        /** Copies the list. */
        public Scheme {
            Objects.requireNonNull(id, "id");
            segments = List.copyOf(segments);
        }
    }

    /**
     * One segment.
     *
     * @param name          English segment name
     * @param customers     customers in it
     * @param customerShare share of all customers
     * @param revenue       revenue of its customers
     * @param revenueShare  share of all revenue
     * @param action        suggested action (the model's default in English, or the user's text)
     */
    public record SegmentLine(String name, int customers, double customerShare, double revenue, double revenueShare,
                              String action) {
    }

    /**
     * One model or formula input.
     *
     * @param group         purchase, spend, retention or input: what the parameter belongs to
     * @param name          symbol or short name (r, alpha, p, ...)
     * @param value         the value
     * @param standardError its standard error, {@code null} when not estimated
     */
    public record Parameter(String group, String name, double value, Double standardError) {
    }

    /**
     * How the CLV was computed and how well the purchase model predicted a holdout period.
     *
     * @param method          CLV method's command-line name
     * @param parameters      fitted parameters and formula inputs (copied)
     * @param logLikelihood   purchase model log-likelihood, {@code NaN} for formula methods
     * @param aic             purchase model AIC, {@code NaN} when none
     * @param converged       whether the purchase model fit converged ({@code true} for formula methods)
     * @param validationModel the purchase model checked on the holdout (bg-nbd, mbg-nbd, pareto-nbd)
     * @param calibrationEnd  last day of the calibration period of the check, {@code null} when not run
     * @param validation      holdout accuracy, {@code null} when the check could not run
     * @param tracking        cumulative repeat purchases actual vs model, {@code null} when not run
     * @param notes           plain sentences from the services (English), e.g. why the check did not run
     * @param repeats         calibration customers by repeat purchases, actual vs the checked model; {@code null}
     *                        when not run
     * @param comparison      every purchase model's holdout accuracy side by side, the baseline last; {@code null}
     *                        when the models were not compared on this split (the workbook says how to get it)
     */
    public record Methods(String method, List<Parameter> parameters, double logLikelihood, double aic,
                          boolean converged, String validationModel, LocalDate calibrationEnd,
                          HoldoutValidation validation, CumulativeTracking tracking, List<String> notes,
                          RepeatDistribution repeats, List<AccuracyRow> comparison) {
        /** Copies the lists. */
        public Methods {
            Objects.requireNonNull(method, "method");
            parameters = List.copyOf(parameters);
            notes = List.copyOf(notes);
            comparison = comparison == null ? null : List.copyOf(comparison);
        }
    }

    /** @return the CLV values in customer order */
    public double[] clvValues() {
        return customers.stream().mapToDouble(CustomerRow::clv).toArray();
    }
}
