package org.valuelens.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummarySettings;

/**
 * Summary mode: the desktop's own {@link SummaryBuilder} over the customer-day rows of one partition (the rows
 * are partitioned by customer, so every customer is whole in one partition), giving one row per customer with
 * durations in days and {@code transactions} counting source lines up to the calibration end (returns left out
 * under {@code exclude}); {@code repeat_spend} is {@code monetary_value × frequency}. Purchase and return rows of a
 * day enter as one purchase line and one return line, which the builder treats exactly as the source lines they merge (same-day purchases form one purchase day; returns
 * are netted or excluded by the settings).
 */
final class CustomerSummaries implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The documented columns of the summary-mode output (docs/spark.md). */
    static final StructType SCHEMA = new StructType()
            .add("customer_id", DataTypes.StringType, false)
            .add("first_purchase", DataTypes.DateType, false)
            .add("last_purchase", DataTypes.DateType, false)
            .add("channel", DataTypes.StringType, true)
            .add("frequency", DataTypes.IntegerType, false)
            .add("recency_days", DataTypes.DoubleType, false)
            .add("age_days", DataTypes.DoubleType, false)
            .add("monetary_value", DataTypes.DoubleType, false)
            .add("repeat_spend", DataTypes.DoubleType, false)
            .add("revenue", DataTypes.DoubleType, false)
            .add("cost", DataTypes.DoubleType, true)
            .add("transactions", DataTypes.LongType, false)
            .add("holdout_frequency", DataTypes.IntegerType, false)
            .add("holdout_revenue", DataTypes.DoubleType, false);

    /** The column of each customer's first source line, to write the customers in source order. */
    static final String FIRST_ORDER = "customer_first";

    /** {@link #SCHEMA} and {@link #FIRST_ORDER}: what {@link #call} returns. */
    static final StructType ORDERED = SCHEMA.add(FIRST_ORDER, DataTypes.LongType, false);

    private final LocalDate calibrationEnd;
    private final LocalDate observationEnd;
    private final ReturnsPolicy returns;

    /** Summaries in days with the given calibration and observation end and returns policy. */
    CustomerSummaries(LocalDate calibrationEnd, LocalDate observationEnd, ReturnsPolicy returns) {
        this.calibrationEnd = calibrationEnd;
        this.observationEnd = observationEnd;
        this.returns = returns;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> days) {
        SummaryBuilder builder = new SummaryBuilder(SummarySettings.of(TimeUnit.DAY).withCalibrationEnd(calibrationEnd)
                .withObservationEnd(observationEnd).withReturns(returns));
        long calDay = calibrationEnd.toEpochDay();
        Map<String, Long> lines = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        while (days.hasNext()) {
            Row r = days.next();
            String customer = r.getString(0);
            long day = r.getInt(1);
            long counted = 0;
            firstLine.merge(customer, r.getLong(9), Math::min);
            if (r.getLong(3) > 0) {
                builder.add(customer, day, r.getDouble(2), r.isNullAt(4) ? Double.NaN : r.getDouble(4),
                        r.isNullAt(5) ? null : r.getString(5), false);
                counted += r.getLong(3);
            }
            if (r.getLong(7) > 0) {
                builder.add(customer, day, r.getDouble(6), r.isNullAt(8) ? Double.NaN : r.getDouble(8), null, true);
                counted += returns == ReturnsPolicy.EXCLUDE ? 0 : r.getLong(7);
            }
            if (day <= calDay) {
                lines.merge(customer, counted, Long::sum);
            }
        }
        List<Row> out = new ArrayList<>();
        for (CustomerSummary c : builder.build().customers()) {
            out.add(RowFactory.create(c.customerId(), Date.valueOf(c.firstPurchase()),
                    Date.valueOf(c.lastPurchase()), c.channel(), c.frequency(), c.recency(), c.age(),
                    c.monetaryValue(), c.monetaryValue() * c.frequency(), c.revenue(), c.cost(),
                    lines.getOrDefault(c.customerId(), 0L), c.holdoutFrequency(), c.holdoutRevenue(),
                    firstLine.get(c.customerId())));
        }
        return out.iterator();
    }
}
