package org.valuelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Merges the checked lines into one row per customer per day, in one shuffle: the purchase lines of the day
 * (summed amount and cost, line count, the channel of the first line in source order that has one) beside the
 * return lines of the day (summed amount and cost, line count), kept apart so that the desktop can still net or
 * exclude returns. Rejected lines go through the same grouping with no customer, one group per reason, carrying
 * their count and the raw text of the first rows as read.
 *
 * <p>Output columns: {@code customer, day, reason, amount, lines, cost, channel, return_amount, return_lines,
 * return_cost, examples, first_ord} (the source order of the group's first line).
 */
final class DayAggregation {
    static final String LINES = "lines";
    static final String RETURN_AMOUNT = "return_amount";
    static final String RETURN_LINES = "return_lines";
    static final String RETURN_COST = "return_cost";
    static final String EXAMPLES = "examples";
    static final String FIRST_ORDER = "first_ord";

    private DayAggregation() {
    }

    static Dataset<Row> aggregate(Dataset<Row> lines) {
        Column ret = col(LineSchema.RETURN);
        Column purchase = not(ret);
        Column channelFirst = when(purchase.and(col(LineSchema.CHANNEL).isNotNull()),
                struct(col(LineSchema.ORDER), col(LineSchema.CHANNEL)));
        return lines.groupBy(col(LineSchema.CUSTOMER), col(LineSchema.DAY), col(LineSchema.REASON)).agg(
                min(col(LineSchema.ORDER)).as(FIRST_ORDER),
                sum(when(purchase, col(LineSchema.AMOUNT))).as(LineSchema.AMOUNT),
                count(when(purchase, lit(1))).as(LINES),
                sum(when(purchase, col(LineSchema.COST))).as(LineSchema.COST),
                min(channelFirst).getField(LineSchema.CHANNEL).as(LineSchema.CHANNEL),
                sum(when(ret, col(LineSchema.AMOUNT))).as(RETURN_AMOUNT),
                count(when(ret, lit(1))).as(RETURN_LINES),
                sum(when(ret, col(LineSchema.COST))).as(RETURN_COST),
                collect_list(when(col(LineSchema.RAW).isNotNull(),
                        struct(col(LineSchema.ORDER), col(LineSchema.RAW)))).as(EXAMPLES));
    }
}
