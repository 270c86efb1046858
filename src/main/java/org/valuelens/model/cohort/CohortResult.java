package org.valuelens.model.cohort;

import java.util.List;

/**
 * Cohorts and channels.
 *
 * @param period       period length
 * @param cohorts      one per acquisition period that acquired customers, oldest first
 * @param channels     one per channel, by customers descending then name
 * @param customers    customers placed in a cohort
 * @param transactions transaction lines added
 * @param lastPeriod   label of the last period in the data
 */
public record CohortResult(CohortPeriod period, List<Cohort> cohorts, List<ChannelSummary> channels, int customers,
                           long transactions, String lastPeriod) {

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
}
