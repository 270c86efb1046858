package org.valuelens.model.btyd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;

/**
 * TEST-ONLY: the BTYDplus grocery event log ({@code data/grocery/groceryElog.csv}, 1,525 customers, count-only)
 * summarised in weeks by {@link SummaryBuilder}, as {@code elog2cbs(groceryElog, T.cal = "2006-12-31")} in the
 * BTYDplus vignette (holdout to the last event, 2007-12-30).
 */
final class GroceryFixture {

    static final LocalDate CAL_END = LocalDate.of(2006, 12, 31);

    private GroceryFixture() {
    }

    /**
     * @param calibrationEnd calibration end (inclusive), {@code null} for the whole log
     * @return the summary in weeks
     */
    static SummaryResult summary(LocalDate calibrationEnd) {
        SummaryBuilder b = new SummaryBuilder(new SummarySettings(TimeUnit.WEEK, calibrationEnd, null,
                ReturnsPolicy.NET, false));
        try (InputStream in = GroceryFixture.class.getResourceAsStream("/data/grocery/groceryElog.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.replace("\"", "").split(",");
                b.add(p[0], LocalDate.parse(p[1]).toEpochDay(), 1.0, Double.NaN, null, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    /**
     * @return the CDNOW 1/10 sample ({@code data/cdnow/CDNOW_sample.txt}) summarised in weeks, calibration to
     *         1997-09-30 and holdout to 1998-06-30, as in PUBLISHED.md
     */
    static SummaryResult cdnow() {
        SummaryBuilder b = new SummaryBuilder(new SummarySettings(TimeUnit.WEEK, CdnowFixture.CAL_END,
                CdnowFixture.HOLDOUT_END, ReturnsPolicy.NET, false));
        try (InputStream in = GroceryFixture.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.trim().split("\\s+");
                if (p.length >= 5) {
                    b.add(p[1], LocalDate.parse(p[2], java.time.format.DateTimeFormatter.BASIC_ISO_DATE).toEpochDay(),
                            Double.parseDouble(p[4]), Double.NaN, null, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }
}
