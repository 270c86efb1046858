package org.valuelens.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.valuelens.importer.RowRules;
import org.valuelens.model.Transaction;

/** Applies the local import's rules to the lines of a text partition (blank and header lines skipped). */
final class TextLines implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private final RowRules rules;
    private final boolean keys;

    /**
     * @param rules the local import's rules
     * @param keys  whether accepted lines carry their duplicate key and raw text (for {@code --drop-duplicates})
     */
    TextLines(RowRules rules, boolean keys) {
        this.rules = rules;
        this.keys = keys;
    }

    private Row accepted(Transaction t, long order, Object[] cells) {
        return keys ? LineSchema.accepted(t, order, RowRules.duplicateKey(cells), rules.rawText(cells))
                : LineSchema.accepted(t, order, null, null);
    }

    @Override
    public Iterator<Row> call(Iterator<String> lines) {
        int partition = TaskContext.getPartitionId();
        RowRules.Checker checker = rules.checker();
        LineSchema.Rejections rejections = new LineSchema.Rejections();
        return new Iterator<>() {
            private long index;
            private Row next = advance();

            private Row advance() {
                while (lines.hasNext()) {
                    String[] cells = rules.split(lines.next());
                    if (cells == null || rules.isHeader(cells)) {
                        continue;
                    }
                    long order = LineSchema.order(partition, index++);
                    Transaction t = checker.check(cells, index);
                    return t != null ? accepted(t, order, cells)
                            : rejections.rejected(checker.rejectedRow(), order);
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row r = next;
                next = advance();
                return r;
            }
        };
    }

    /** @return the cells of the given lines, blank lines left out (for the driver's sample) */
    static List<String[]> cells(RowRules rules, List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            String[] c = rules.split(line);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
