package org.valuelens.service;

import org.valuelens.model.CustomerSummary;

/**
 * One customer's CLV under one method.
 *
 * @param summary    the customer's history ({@code null} not permitted)
 * @param clv        the CLV, currency (finite)
 * @param historical realised margin to date, currency
 * @param pAlive     P(alive) for probabilistic methods, {@code NaN} otherwise
 * @param expectedPurchases expected purchases over the horizon for probabilistic methods, {@code NaN} otherwise
 */
public record CustomerClv(CustomerSummary summary, double clv, double historical, double pAlive,
                          double expectedPurchases) {
}
