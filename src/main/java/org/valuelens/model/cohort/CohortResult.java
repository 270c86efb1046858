package org.valuelens.model.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cohorts and channels.
 *
 * @param period       period length
 * @param cohorts      one per acquisition period that acquired customers, oldest first
 * @param channels     one per channel, by customers descending then name
 * @param customers    customers placed in a cohort
 * @param transactions transaction lines added
 * @param lastPeriod   label of the last period in the data
 * @param observationEnd last day of the data (latest transaction day or record acquisition date), or {@code null}
 *                     when there are no cohorts; periods ending after it are partial
 */
public record CohortResult(CohortPeriod period, List<Cohort> cohorts, List<ChannelSummary> channels, int customers,
                           long transactions, String lastPeriod, LocalDate observationEnd) {

    /** Copies the lists. */
    public CohortResult {
        cohorts = List.copyOf(cohorts);
        channels = List.copyOf(channels);
    }

    /** @param label cohort label @return the cohort, or {@code null} when there is none */
    public Cohort cohort(String label) {
        return cohorts.stream().filter(c -> c.label().equals(label)).findFirst().orElse(null);
    }

    /** @param name channel name @return the channel, or {@code null} */
    public ChannelSummary channel(String name) {
        return channels.stream().filter(c -> c.channel().equals(name)).findFirst().orElse(null);
    }

    /** @return whether the data ends inside its last period (so each cohort's last cell is partial) */
    public boolean lastPeriodPartial() {
        return cohorts.stream().anyMatch(c -> c.completePeriods() < c.periods());
    }

    /**
     * Retention averaged over cohorts, weighted by cohort size, from complete cells only: per period since
     * acquisition, active customers summed over the cohorts whose period is complete / their customers.
     *
     * @return one value per period that at least one cohort has completed, 0..1
     */
    public List<Double> averageRetention() {
        return average(Cohort::retention);
    }

    /**
     * Cumulative margin per acquired customer (the LTV curve) averaged over cohorts, weighted by cohort size, from
     * complete cells only.
     *
     * @return one value per period that at least one cohort has completed, currency units
     */
    public List<Double> averageCumulativeMarginPerCustomer() {
        return average(Cohort::cumulativeMarginPerCustomer);
    }

    /**
     * Cumulative revenue per acquired customer averaged over cohorts, weighted by cohort size, from complete cells
     * only.
     *
     * @return one value per period that at least one cohort has completed, currency units
     */
    public List<Double> averageCumulativeRevenuePerCustomer() {
        return average(Cohort::cumulativeRevenuePerCustomer);
    }

    private List<Double> average(Function<Cohort, List<Double>> values) {
        List<Double> out = new ArrayList<>();
        for (int p = 0; ; p++) {
            double sum = 0;
            long size = 0;
            for (Cohort c : cohorts) {
                if (c.complete(p)) {
                    sum += values.apply(c).get(p) * c.size();
                    size += c.size();
                }
            }
            if (size == 0) {
                return out;
            }
            out.add(sum / size);
        }
    }
}
