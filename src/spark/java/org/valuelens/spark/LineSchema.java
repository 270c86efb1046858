package org.valuelens.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.valuelens.importer.RejectReason;
import org.valuelens.importer.RejectedRow;
import org.valuelens.model.Transaction;

/**
 * The rows between parsing and aggregation: one per source row, either an accepted line (customer, epoch day,
 * amount, cost, channel, return flag, source order; with {@code --drop-duplicates} also its duplicate key and raw
 * text) or a rejection (reason code, and the raw text for the first three rejections of each reason in a
 * partition).
 */
final class LineSchema {
    static final String CUSTOMER = "customer";
    static final String DAY = "day";
    static final String AMOUNT = "amount";
    static final String COST = "cost";
    static final String CHANNEL = "channel";
    static final String RETURN = "ret";
    static final String ORDER = "ord";
    static final String REASON = "reason";
    static final String RAW = "raw";
    /** The duplicate key of an accepted row ({@link org.valuelens.importer.RowRules#duplicateKey}), or null. */
    static final String KEY = "dup_key";

    static final StructType SCHEMA = new StructType()
            .add(CUSTOMER, DataTypes.StringType, true)
            .add(DAY, DataTypes.IntegerType, true)
            .add(AMOUNT, DataTypes.DoubleType, true)
            .add(COST, DataTypes.DoubleType, true)
            .add(CHANNEL, DataTypes.StringType, true)
            .add(RETURN, DataTypes.BooleanType, false)
            .add(ORDER, DataTypes.LongType, false)
            .add(REASON, DataTypes.StringType, true)
            .add(RAW, DataTypes.StringType, true)
            .add(KEY, DataTypes.LongType, true);

    static final int EXAMPLES = 3;

    private LineSchema() {
    }

    /** The source order of the row at {@code index} of partition {@code partition} (partitions follow the input). */
    static long order(int partition, long index) {
        return ((long) partition << 40) | index;
    }

    /**
     * @param t     the accepted line
     * @param order its source order
     * @param key   its duplicate key, {@code null} when duplicates are kept
     * @param raw   its raw text (for a duplicate rejected later), {@code null} when duplicates are kept
     */
    static Row accepted(Transaction t, long order, Long key, String raw) {
        return RowFactory.create(t.customerId(), (int) t.timestamp().toLocalDate().toEpochDay(), t.amount(),
                t.cost(), t.channel(), t.isReturn(), order, null, raw, key);
    }

    /** Counts rejections per reason within one partition, keeping the raw text of the first three of each. */
    static final class Rejections {
        private final Map<RejectReason, Integer> seen = new EnumMap<>(RejectReason.class);

        Row rejected(RejectedRow r, long order) {
            int n = seen.merge(r.reason(), 1, Integer::sum);
            return RowFactory.create(null, null, null, null, null, false, order, r.reason().code(),
                    n <= EXAMPLES ? r.rawText() : null, null);
        }
    }

    /** @return a Spark cell as a cell of the importer: text, a double, or a date-time */
    static Object cell(Object v) {
        if (v == null || v instanceof String) {
            return v;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay();
        }
        if (v instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime) {
            return v;
        }
        return v.toString();
    }
}
