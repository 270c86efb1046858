package org.valuelens.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;

/**
 * Writes predictions with one row per customer, as CSV or .xlsx by the file's extension, in the columns of the
 * {@code predict} contract (docs/predictions.md). Figures that do not exist (money on a dataset without amounts, a
 * next-order date for a customer unlikely to order again, the average gap of a one-time buyer) are empty cells.
 */
public final class PredictionExport {

    /** The columns, in order (the contract's first fourteen, then the two extra probabilities). */
    public static final List<Column> COLUMNS = List.of(new Column("customer_id", Format.GENERAL),
            new Column("p_alive", Format.PERCENT), new Column("expected_orders_window", Format.DECIMAL),
            new Column("p_no_order_window", Format.PERCENT), new Column("churn_risk", Format.GENERAL),
            new Column("next_order_date", Format.DATE), new Column("next_order_from", Format.DATE),
            new Column("next_order_to", Format.DATE), new Column("avg_days_between_orders", Format.DECIMAL),
            new Column("historic_clv", Format.CURRENCY), new Column("predicted_clv", Format.CURRENCY),
            new Column("predicted_clv_low", Format.CURRENCY), new Column("predicted_clv_high", Format.CURRENCY),
            new Column("total_clv", Format.CURRENCY), new Column("p_order_window", Format.PERCENT),
            new Column("p_order_again", Format.PERCENT));

    private PredictionExport() {
    }

    /**
     * @param rows     the rows to write (all customers, or the "At risk" list)
     * @param file     a {@code .csv} or {@code .xlsx} file
     * @param currency currency symbol for the .xlsx money columns ("" for none)
     * @throws ServiceException when the file cannot be written or has another extension
     */
    public static void write(List<PredictionRow> rows, Path file, String currency) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<?>> cells = new AbstractList<>() {
            @Override
            public List<?> get(int i) {
                return cells(rows.get(i));
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
        try {
            if (name.endsWith(".xlsx")) {
                TableExport.writeXlsx(file, "predictions", currency, COLUMNS, cells);
            } else if (name.endsWith(".csv")) {
                TableExport.writeCsv(file, COLUMNS, cells);
            } else {
                throw new ServiceException("Write predictions to a .csv or .xlsx file, not " + file + ".");
            }
        } catch (IOException e) {
            throw new ServiceException(file + " could not be written: " + e.getMessage(), e);
        }
    }

    /** @return one row's cells, in the order of {@link #COLUMNS} */
    static List<Object> cells(PredictionRow r) {
        return Arrays.asList(r.customerId(), r.pAlive(), r.expectedOrders(), r.pNoOrder(), r.churnRisk().label(),
                r.nextOrderDate(), r.nextOrderFrom(), r.nextOrderTo(), number(r.avgDaysBetweenOrders()),
                number(r.historicClv()), number(r.predictedClv()), number(r.predictedClvLow()),
                number(r.predictedClvHigh()), number(r.totalClv()), 1 - r.pNoOrder(), r.pOrderAgain());
    }

    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
