package org.valuelens.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts, per column, numbers read in a way a person might not expect ("1,234" read as 1234 in a column whose
 * decimal separator is a point), so that the import summary can say so.
 */
final class NumberSurprises {
    private final List<String> header;
    private final long[] counts;
    private final String[] examples;
    private final char[] decimals;

    NumberSurprises(List<String> header) {
        this.header = header;
        this.counts = new long[header.size()];
        this.examples = new String[header.size()];
        this.decimals = new char[header.size()];
    }

    /** Looks at one number that parsed (cheap unless the text holds the thousands separator). */
    void note(int col, String text, char decimal) {
        if (col < counts.length && NumberParser.readAsThousands(text, decimal)) {
            if (counts[col]++ == 0) {
                examples[col] = text.trim();
                decimals[col] = decimal;
            }
        }
    }

    /** @return how many values of the column were read as whole thousands */
    long count(int col) {
        return counts[col];
    }

    /** @return one plain sentence per column with surprising readings */
    List<String> sentences(String fileName) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            char group = decimals[c] == ',' ? '.' : ',';
            out.add(fileName + ": " + counts[c] + (counts[c] == 1 ? " value" : " values") + " in column \""
                    + header.get(c) + "\" such as \"" + examples[c] + "\" were read with \"" + group
                    + "\" as a thousands separator (the column's decimal separator is \"" + decimals[c]
                    + "\"); check them if they were meant as decimals.");
        }
        return out;
    }
}
