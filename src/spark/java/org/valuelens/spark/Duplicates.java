package org.valuelens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.valuelens.importer.RejectReason;

/**
 * {@code --drop-duplicates}, as {@code valuelens import --drop-duplicates}: an accepted row whose cells repeat an
 * earlier accepted row exactly (same {@link org.valuelens.importer.RowRules#duplicateKey}) is rejected as
 * {@code duplicate-row}; the first in source order is kept. Rows rejected for another reason never count as the
 * earlier row, as locally. One shuffle by key; the first three duplicates of each partition in source order keep
 * their raw text as examples.
 */
final class Duplicates implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final String RANK = "dup_rank";
    private static final String REASON = RejectReason.DUPLICATE_ROW.code();

    private Duplicates() {
    }

    /**
     * @param lines checked lines with their keys ({@link LineSchema#SCHEMA})
     * @return the same lines, repeats of an earlier accepted row turned into rejections
     */
    static Dataset<Row> reject(Dataset<Row> lines) {
        // rejected rows have no key: they share one window partition, where their rank is ignored
        return lines.withColumn(RANK, row_number().over(Window.partitionBy(LineSchema.KEY)
                        .orderBy(LineSchema.ORDER)))
                .sortWithinPartitions(LineSchema.ORDER)
                .mapPartitions(new Duplicates(), Encoders.row(LineSchema.SCHEMA));
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private int examples;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                long order = r.getLong(r.fieldIndex(LineSchema.ORDER));
                if (!r.isNullAt(r.fieldIndex(LineSchema.REASON))) {
                    return RowFactory.create(null, null, null, null, null, false, order,
                            r.getString(r.fieldIndex(LineSchema.REASON)), r.get(r.fieldIndex(LineSchema.RAW)), null);
                }
                if (r.getInt(r.fieldIndex(RANK)) > 1) {
                    String raw = examples++ < LineSchema.EXAMPLES ? r.getString(r.fieldIndex(LineSchema.RAW)) : null;
                    return RowFactory.create(null, null, null, null, null, false, order, REASON, raw, null);
                }
                return RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), order, null,
                        null, null);
            }
        };
    }
}
