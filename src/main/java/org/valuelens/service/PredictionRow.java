package org.valuelens.service;

import java.time.LocalDate;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.predict.ChurnRisk;

/**
 * One customer's predictions as shown and exported (the {@code predict} file's columns). Money is {@code NaN} for a
 * dataset without amounts.
 *
 * @param summary              the customer's history
 * @param pAlive               P(alive) at the end of the data
 * @param expectedOrders       expected orders in the window
 * @param pNoOrder             P(no order in the window): the churn risk
 * @param churnRisk            its band
 * @param pOrderAgain          P(the customer ever orders again)
 * @param nextOrderDate        median date of the next order; {@code null} when unlikely to order again
 * @param nextOrderFrom        lower quartile of that date ({@code null} likewise)
 * @param nextOrderTo          upper quartile ({@code null} likewise)
 * @param avgDaysBetweenOrders observed days between purchase days; {@code NaN} for a one-time buyer
 * @param historicClv          margin to date (the historical CLV)
 * @param predictedClv         predicted CLV over the horizon (discounted margin)
 * @param predictedClvLow      low end of its range
 * @param predictedClvHigh     high end of its range
 */
public record PredictionRow(CustomerSummary summary, double pAlive, double expectedOrders, double pNoOrder,
                            ChurnRisk churnRisk, double pOrderAgain, LocalDate nextOrderDate, LocalDate nextOrderFrom,
                            LocalDate nextOrderTo, double avgDaysBetweenOrders, double historicClv,
                            double predictedClv, double predictedClvLow, double predictedClvHigh) {

    /** @return the customer's id */
    public String customerId() {
        return summary.customerId();
    }

    /** @return historic + predicted CLV */
    public double totalClv() {
        return historicClv + predictedClv;
    }

    /** @return {@code true} when the model gives no next-order date (P(ever again) below the stated level) */
    public boolean unlikelyToOrderAgain() {
        return nextOrderDate == null;
    }
}
