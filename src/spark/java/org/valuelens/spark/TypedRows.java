package org.valuelens.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.valuelens.importer.RowRules;
import org.valuelens.model.Transaction;

/** Applies the local import's rules to the rows of a typed (Parquet) partition. */
final class TypedRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final RowRules rules;
    private final boolean keys;

    /**
     * @param rules the local import's rules
     * @param keys  whether accepted lines carry their duplicate key and raw text (for {@code --drop-duplicates})
     */
    TypedRows(RowRules rules, boolean keys) {
        this.rules = rules;
        this.keys = keys;
    }

    private Row accepted(Transaction t, long order, Object[] cells) {
        return keys ? LineSchema.accepted(t, order, RowRules.duplicateKey(cells), rules.rawText(cells))
                : LineSchema.accepted(t, order, null, null);
    }

    /** @return the row's cells as the importer reads them */
    static Object[] cells(Row row) {
        Object[] cells = new Object[row.length()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = LineSchema.cell(row.get(i));
        }
        return cells;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        int partition = TaskContext.getPartitionId();
        RowRules.Checker checker = rules.checker();
        LineSchema.Rejections rejections = new LineSchema.Rejections();
        return new Iterator<>() {
            private long index;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                long order = LineSchema.order(partition, index++);
                Object[] cells = cells(rows.next());
                Transaction t = checker.check(cells, index);
                return t != null ? accepted(t, order, cells) : rejections.rejected(checker.rejectedRow(), order);
            }
        };
    }
}
