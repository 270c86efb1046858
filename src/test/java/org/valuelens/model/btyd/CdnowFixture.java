package org.valuelens.model.btyd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TEST-ONLY: builds the CDNOW calibration/holdout summary in weeks from the raw {@code CDNOW_sample.txt}
 * (calibration 1997-01-01..1997-09-30, holdout 1997-10-01..1998-06-30, same-day purchases merged).
 * Customers are ordered by sample id (1..2357), as in BTYD's cdnowSummary.
 */
final class CdnowFixture {

    static final LocalDate CAL_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    final int[] x;
    final double[] tx;
    final double[] age;
    final int[] xStar;
    final double[] meanRepeatSpend;

    private static CdnowFixture instance;

    private CdnowFixture(int n) {
        x = new int[n];
        tx = new double[n];
        age = new double[n];
        xStar = new int[n];
        meanRepeatSpend = new double[n];
    }

    static synchronized CdnowFixture load() {
        if (instance == null) {
            instance = parse();
        }
        return instance;
    }

    int size() {
        return x.length;
    }

    CalibrationData calibration() {
        return CalibrationData.of(x, tx, age);
    }

    private static CdnowFixture parse() {
        // customer id -> (day -> day total)
        Map<Integer, TreeMap<LocalDate, Double>> byCustomer = new TreeMap<>();
        DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
        try (InputStream in = CdnowFixture.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.trim().split("\\s+");
                if (p.length < 5) {
                    continue;
                }
                int id = Integer.parseInt(p[1]);
                LocalDate day = LocalDate.parse(p[2], f);
                double dollars = Double.parseDouble(p[4]);
                byCustomer.computeIfAbsent(id, k -> new TreeMap<>()).merge(day, dollars, Double::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CdnowFixture fx = new CdnowFixture(byCustomer.size());
        int i = 0;
        for (TreeMap<LocalDate, Double> days : byCustomer.values()) {
            LocalDate first = days.firstKey();
            List<Double> repeatSpend = new ArrayList<>();
            LocalDate last = first;
            int holdout = 0;
            for (Map.Entry<LocalDate, Double> d : days.entrySet()) {
                LocalDate day = d.getKey();
                if (!day.isAfter(CAL_END)) {
                    if (day.isAfter(first)) {
                        repeatSpend.add(d.getValue());
                        last = day;
                    }
                } else if (!day.isAfter(HOLDOUT_END)) {
                    holdout++;
                }
            }
            fx.x[i] = repeatSpend.size();
            fx.tx[i] = ChronoUnit.DAYS.between(first, last) / 7.0;
            fx.age[i] = ChronoUnit.DAYS.between(first, CAL_END) / 7.0;
            fx.xStar[i] = holdout;
            fx.meanRepeatSpend[i] = repeatSpend.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            i++;
        }
        return fx;
    }

    /** @return bucket 0..6 for x = 0..6, 7 for x >= 7 */
    static int bucket(int x) {
        return Math.min(x, 7);
    }
}
