package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random texts from the characters dates and numbers are made of: no exception, only values or "no". */
class ParserFuzzTest {
    private static final String ALPHABET = "0123456789０１２ -/.:,()%+−$€￥元¥'\u00A0年月日时分秒上午下午民國星期二"
            + "TZAPMamp JanMarмартаMärzdécгRUBUSDNT$руб.eE";

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(24);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @Test
    void randomTextsNeverThrow() {
        Random random = new Random(13);
        DateParser[] parsers = {new DateParser(true, false, null), new DateParser(false, true, null)};
        DateColumn column = new DateColumn();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String text = randomText(random);
            try {
                for (DateParser p : parsers) {
                    LocalDateTime t = p.parse(text);
                    if (t != null && (t.getYear() < 1000 || t.getYear() > 9999)) {
                        failures.add("date " + text + " -> " + t);
                    }
                }
                column.add(text);
                for (char decimal : new char[] {'.', ','}) {
                    double v = NumberParser.parse(text, decimal, NumberParser.PERCENT_AS_FRACTION);
                    if (Double.isInfinite(v)) {
                        failures.add("number " + text + " -> " + v);
                    }
                    NumberParser.vote(text);
                    NumberParser.readAsThousands(text, decimal);
                }
            } catch (RuntimeException e) {
                failures.add(text + " threw " + e);
            }
        }
        assertThat(failures).isEmpty();
    }
}
