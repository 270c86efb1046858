package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.progress.ProgressListener;

/**
 * A dataset seen in discrete periods, as the recency/frequency table BG/BB needs: each calendar month, quarter or
 * year is one opportunity; a customer's first period with a purchase is opportunity 0, {@code x} counts the
 * later periods with a purchase, {@code t_x} is the last of them and {@code n} the periods from the first up to
 * and including the one that holds the calibration end (a partial last period counts as an opportunity).
 * Return lines do not count as purchases. Synchronous; thread-confined like the analysis service it uses.
 */
public final class DiscretePeriods {
    /** Period names accepted by {@link #table}. */
    public static final List<String> PERIODS = List.of("month", "quarter", "year");

    private final AnalysisService analysis;

    /** @param analysis the analysis service of the workspace ({@code null} not permitted) */
    public DiscretePeriods(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * @param period   month, quarter or year
     * @param settings dataset and calibration end (default: the last transaction day)
     * @param listener progress and cancel
     * @return one line per distinct history, sorted by n, x, t_x
     * @throws ServiceException for an unknown period or a dataset without purchases up to the calibration end
     */
    public List<BgBbService.Line> table(String period, AnalysisSettings settings, ProgressListener listener) {
        String p = period == null ? "" : period.toLowerCase(Locale.ROOT);
        int months = switch (p) {
            case "month" -> 1;
            case "quarter" -> 3;
            case "year" -> 12;
            default -> throw new ServiceException("The period must be month, quarter or year, not '" + period
                    + "'.");
        };
        var ds = analysis.dataset(settings.datasetId());
        if (ds.lastTs() == null) {
            throw new ServiceException("Dataset " + ds.id() + " (" + ds.fileName() + ") has no dated transactions.");
        }
        LocalDate end = settings.calibrationEnd() != null ? settings.calibrationEnd() : ds.lastTs().toLocalDate();
        long endDay = end.toEpochDay();
        int endIndex = index(end, months);
        String[] ids = analysis.customerIds(settings);
        int[] first = new int[ids.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        // (customer key, period index) packed into one long per purchase line: key in the high bits
        long[][] pairs = {new long[(int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, ds.rowsImported()))]};
        int[] size = {0};
        analysis.forEachTimedLine(settings, (key, day, second, amount, cost, channel, isReturn) -> {
            if (isReturn || day > endDay) {
                return;
            }
            int i = index(LocalDate.ofEpochDay(day), months);
            first[key] = Math.min(first[key], i);
            if (size[0] == pairs[0].length) {
                pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
            }
            pairs[0][size[0]++] = ((long) key << 32) | i;
        }, listener);
        long[] packed = Arrays.copyOf(pairs[0], size[0]);
        Arrays.sort(packed);
        int[] x = new int[ids.length];
        int[] last = new int[ids.length];
        for (int j = 0; j < packed.length; j++) {
            if (j > 0 && packed[j] == packed[j - 1]) {
                continue;
            }
            int key = (int) (packed[j] >>> 32);
            int periodIndex = (int) packed[j];
            if (periodIndex > first[key]) {
                x[key]++;
                last[key] = periodIndex;
            }
        }
        Map<String, long[]> counts = new TreeMap<>();
        int customers = 0;
        for (int k = 0; k < ids.length; k++) {
            if (first[k] == Integer.MAX_VALUE) {
                continue;
            }
            customers++;
            int n = endIndex - first[k];
            int xk = x[k];
            int tx = xk == 0 ? 0 : last[k] - first[k];
            String key = String.format(Locale.ROOT, "%06d %06d %06d", n, xk, tx);
            counts.computeIfAbsent(key, s -> new long[] {xk, tx, n, 0})[3]++;
        }
        if (customers == 0) {
            throw new ServiceException("Dataset " + ds.id() + " (" + ds.fileName() + ") has no purchase on or before "
                    + end + ".");
        }
        List<BgBbService.Line> out = new ArrayList<>();
        for (long[] c : counts.values()) {
            out.add(new BgBbService.Line((int) c[0], (int) c[1], (int) c[2], c[3]));
        }
        return out;
    }

    private static int index(LocalDate d, int months) {
        return (d.getYear() * 12 + d.getMonthValue() - 1) / months;
    }
}
