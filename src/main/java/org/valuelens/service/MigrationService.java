package org.valuelens.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.model.segment.MigrationMatrix;
import org.valuelens.model.segment.Quadrant;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.QuadrantSegmenter;
import org.valuelens.model.segment.RfmResult;
import org.valuelens.model.segment.RfmScorer;
import org.valuelens.model.segment.RfmSegment;
import org.valuelens.model.summary.SummaryBuilder;
import org.valuelens.model.summary.SummaryResult;
import org.valuelens.model.summary.SummarySettings;
import org.valuelens.storage.DatasetInfo;

/**
 * Segment migration: the dataset is cut at a split date into two periods, every customer is segmented on each
 * period's transactions alone, and the customers are counted per (segment before, segment after). Synchronous;
 * thread-confined like the analysis service it uses.
 *
 * <p>Quadrant thresholds are those of the first period (its medians, or the ones given) and are applied to both
 * periods, so that a move means the customer's behaviour changed, not the population's medians. RFM scores are
 * quintiles within each period, scored at each period's last day.
 */
public final class MigrationService {
    /** Schemes whose segments are comparable across periods. */
    public static final List<String> SCHEMES = List.of("quadrant", "rfm");

    private final AnalysisService analysis;

    /** @param analysis the analysis service of the same workspace ({@code null} not permitted) */
    public MigrationService(AnalysisService analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * @param settings settings naming the dataset
     * @return the middle day between the dataset's first and last transaction days (the default split)
     */
    public LocalDate defaultSplit(AnalysisSettings settings) {
        LocalDate[] range = range(settings);
        return range[0].plusDays((range[1].toEpochDay() - range[0].toEpochDay() + 1) / 2);
    }

    /**
     * Segments both periods and counts the moves.
     *
     * @param scheme   quadrant or rfm
     * @param split    first day of the second period ({@code null} = {@link #defaultSplit}); must leave at least
     *                 one day in each period
     * @param options  quadrant thresholds (the other options are not used)
     * @param settings dataset, margin, returns; a calibration end, when set, ends the second period
     * @param listener progress and cancel
     * @return the migration
     */
    public MigrationReport migration(String scheme, LocalDate split, SegmentService.Options options,
                                     AnalysisSettings settings, ProgressListener listener) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(s)) {
            throw new ServiceException("Segment migration works with the schemes " + String.join(" and ", SCHEMES)
                    + ", not '" + scheme + "'.");
        }
        LocalDate[] range = range(settings);
        LocalDate end = settings.calibrationEnd() != null && settings.calibrationEnd().isBefore(range[1])
                ? settings.calibrationEnd() : range[1];
        LocalDate at = split == null ? defaultSplit(settings) : split;
        if (!at.isAfter(range[0]) || at.isAfter(end)) {
            throw new ServiceException("The split date " + at + " must be after the first transaction day "
                    + range[0] + " and on or before " + end + ", so that each period has at least one day.");
        }
        SummarySettings base = SummarySettings.of(settings.timeUnit()).withReturns(settings.returns())
                .withIncludeCost(true);
        SummaryBuilder before = new SummaryBuilder(base.withCalibrationEnd(at.minusDays(1))
                .withObservationEnd(at.minusDays(1)));
        SummaryBuilder after = new SummaryBuilder(base.withCalibrationEnd(end).withObservationEnd(end));
        String[] ids = analysis.customerIds(settings);
        int[] codesBefore = new int[ids.length];
        int[] codesAfter = new int[ids.length];
        Arrays.fill(codesBefore, -1);
        Arrays.fill(codesAfter, -1);
        long splitDay = at.toEpochDay();
        long endDay = end.toEpochDay();
        listener.progress(0, -1, "Reading transactions");
        analysis.forEachTimedLine(settings, (key, day, second, amount, cost, channel, isReturn) -> {
            if (day < splitDay) {
                if (codesBefore[key] < 0) {
                    codesBefore[key] = before.registerCustomer(ids[key]);
                }
                before.add(codesBefore[key], day, amount, cost, channel, isReturn);
            } else if (day <= endDay) {
                if (codesAfter[key] < 0) {
                    codesAfter[key] = after.registerCustomer(ids[key]);
                }
                after.add(codesAfter[key], day, amount, cost, channel, isReturn);
            }
        }, listener);
        SummaryResult first = before.build(listener);
        SummaryResult second = after.build(listener);
        if (first.customers().isEmpty() || second.customers().isEmpty()) {
            throw new ServiceException("With the split date " + at + " the " + (first.customers().isEmpty()
                    ? "first" : "second") + " period has no customer with a purchase: choose a split date between "
                    + range[0] + " and " + end + ".");
        }
        Map<String, Object> thresholds = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> from;
        Map<String, String> to;
        List<String> order = new ArrayList<>();
        if ("quadrant".equals(s)) {
            QuadrantSegmenter seg = QuadrantSegmenter.defaults().withMargin(settings.margin())
                    .withThresholds(options.xThreshold(), options.yThreshold());
            QuadrantResult q1 = seg.segment(first.customers());
            QuadrantSegmenter fixed = seg.withThresholds(q1.xThreshold(), q1.yThreshold());
            from = q1.segmentByCustomer();
            to = fixed.segment(second.customers()).segmentByCustomer();
            thresholds.put("purchases", q1.xThreshold());
            thresholds.put("profitPerPurchase", q1.yThreshold());
            thresholds.put("margin", settings.margin());
            for (Quadrant q : Quadrant.values()) {
                order.add(q.label());
            }
        } else {
            RfmResult r1 = RfmScorer.at(at.minusDays(1)).score(first.customers());
            RfmResult r2 = RfmScorer.at(end).score(second.customers());
            warnings.addAll(r1.warnings());
            warnings.addAll(r2.warnings());
            from = r1.segmentByCustomer();
            to = r2.segmentByCustomer();
            thresholds.put("firstAnalysisDate", at.minusDays(1).toString());
            thresholds.put("secondAnalysisDate", end.toString());
            for (RfmSegment r : RfmSegment.values()) {
                order.add(r.label());
            }
        }
        MigrationMatrix matrix = MigrationMatrix.between(from, to, order);
        return new MigrationReport(s, range[0], at, end, matrix, first.customers().size(), second.customers().size(),
                thresholds, warnings);
    }

    private LocalDate[] range(AnalysisSettings settings) {
        DatasetInfo ds = analysis.dataset(settings.datasetId());
        if (ds.firstTs() == null || ds.lastTs() == null) {
            throw new ServiceException("Dataset " + ds.id() + " (" + ds.fileName() + ") has no dated transactions, "
                    + "so it cannot be split into two periods.");
        }
        return new LocalDate[] {ds.firstTs().toLocalDate(), ds.lastTs().toLocalDate()};
    }
}
