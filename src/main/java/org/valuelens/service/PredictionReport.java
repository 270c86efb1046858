package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.predict.ChurnBands;
import org.valuelens.model.predict.ChurnRisk;
import org.valuelens.model.predict.CustomerPredictions;
import org.valuelens.model.predict.Range;

/**
 * Every customer's predictions for one window (see {@link PredictionService}). Rows are built on demand from the
 * arrays, so that a million customers cost no million row objects until they are asked for.
 *
 * @param modelId     the purchase model
 * @param unit        the time unit of the fit
 * @param dataEnd     the last day of the data the model saw (the calibration end); predictions start after it
 * @param windowStart first day of the window
 * @param windowEnd   last day of the window
 * @param horizon     the CLV horizon, periods of {@code unit}
 * @param bands       the churn-risk cut-offs used
 * @param level       coverage of the ranges
 * @param customers   the customers, index for index with {@code predictions} (copied)
 * @param predictions the model figures
 * @param historic    each customer's historic CLV (margin to date); {@code NaN} without amounts
 * @param hasAmounts  {@code false} for a count-only dataset (no money figures)
 * @param warnings    notes: minimum-data warnings, the fit's notes, coverage (copied)
 * @param fit         the fit used
 */
public record PredictionReport(String modelId, TimeUnit unit, LocalDate dataEnd, LocalDate windowStart,
                               LocalDate windowEnd, int horizon, ChurnBands bands, double level,
                               List<CustomerSummary> customers, CustomerPredictions predictions, double[] historic,
                               boolean hasAmounts, List<String> warnings, FitReport fit) {

    /** Copies the lists (the arrays are the service's own and not shared). */
    public PredictionReport {
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
    }

    /** @return the number of customers */
    public int size() {
        return customers.size();
    }

    /**
     * @param i customer index
     * @return that customer's row
     */
    public PredictionRow row(int i) {
        CustomerSummary c = customers.get(i);
        CustomerPredictions p = predictions;
        double avg = c.frequency() > 0
                ? (c.lastPurchase().toEpochDay() - c.firstPurchase().toEpochDay()) / (double) c.frequency()
                : Double.NaN;
        return new PredictionRow(c, p.pAlive(i), p.expectedOrders(i), p.pNoOrder(i), bands.classify(p.pNoOrder(i)),
                p.pAgain(i), date(p.nextMedian(i)), date(p.nextFrom(i)), date(p.nextTo(i)), avg, historic[i],
                p.predictedClv(i), p.predictedClvLow(i), p.predictedClvHigh(i));
    }

    /** @return every row, in the customers' order */
    public List<PredictionRow> rows() {
        List<PredictionRow> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(row(i));
        }
        return out;
    }

    /**
     * The campaign list: customers at High churn risk who were worth something, most valuable first (predicted
     * CLV, else expected orders on a dataset without amounts).
     *
     * @return the rows
     */
    public List<PredictionRow> atRisk() {
        List<PredictionRow> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (bands.classify(predictions.pNoOrder(i)) == ChurnRisk.HIGH) {
                out.add(row(i));
            }
        }
        Comparator<PredictionRow> byValue = hasAmounts
                ? Comparator.comparingDouble(PredictionRow::totalClv)
                : Comparator.comparingDouble(PredictionRow::pAlive);
        out.sort(byValue.reversed());
        return out;
    }

    /** @return customers per churn-risk band (every band present) */
    public Map<ChurnRisk, Long> churnRiskCounts() {
        Map<ChurnRisk, Long> counts = new EnumMap<>(ChurnRisk.class);
        for (ChurnRisk r : ChurnRisk.values()) {
            counts.put(r, 0L);
        }
        for (int i = 0; i < size(); i++) {
            counts.merge(bands.classify(predictions.pNoOrder(i)), 1L, Long::sum);
        }
        return counts;
    }

    /** @return expected orders of the base in the window, with the range */
    public Range expectedOrders() {
        return predictions.totalOrders();
    }

    /** @return expected revenue of the base in the window, with the range ({@code NaN} without amounts) */
    public Range expectedRevenue() {
        return predictions.totalRevenue();
    }

    /** @return predicted CLV of the base over the horizon, with the range */
    public Range predictedClv() {
        return predictions.totalClv();
    }

    /**
     * @param periods a time after the end of the data, in periods of {@code unit}
     * @return the calendar day in which it falls, {@code null} for NaN
     */
    LocalDate date(double periods) {
        if (Double.isNaN(periods)) {
            return null;
        }
        double days = Math.min(periods * unit.days(), 1e6);
        return dataEnd.plusDays(Math.max(1, (long) Math.ceil(days)));
    }
}
