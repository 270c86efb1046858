package org.valuelens.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuelens.model.predict.ChurnBands;

/**
 * The analysis choices a user made for one dataset, stored with it in the workspace so that they never apply to
 * another dataset. Every value is optional: {@code null} means "not chosen, use the default". Immutable; change
 * a value with a {@code with...} copy.
 *
 * @param clvMethod      the CLV method of the CLV page and the report ({@code null} = BG/NBD)
 * @param calibrationEnd last day of the holdout check's calibration period ({@code null} = the default split)
 * @param quadrantX      quadrant threshold on repeat purchases ({@code null} = median)
 * @param quadrantY      quadrant threshold on profit per purchase, currency ({@code null} = median)
 * @param cac            acquisition cost per customer, currency: the simple CLV method and the cohorts' payback
 *                       line ({@code null} = unknown)
 * @param lifespanYears  expected lifespan of the simple CLV method, years ({@code null} = 3)
 * @param channelCac     channel → acquisition cost per customer typed on the Channels page (copied; never
 *                       {@code null}, no {@code null} values)
 * @param kmeansK        k-means clusters chosen on the Segments page, 2..12 ({@code null} = suggested)
 * @param kmeansSeed     k-means seed chosen on the Segments page ({@code null} = 42)
 * @param churnMediumFrom churn-risk cut-off of the predictions: P(no order in the window) from which a customer is
 *                       Medium risk ({@code null} = 0.5; see {@link #churnBands()})
 * @param churnHighFrom  P(no order in the window) from which a customer is High risk ({@code null} = 0.8)
 * @param currency       currency sign of the amounts, found in the file at import or set by the user
 *                       ({@code null} = the app's currency setting)
 */
public record DatasetSettings(ClvMethod clvMethod, LocalDate calibrationEnd, Double quadrantX, Double quadrantY,
                              Double cac, Double lifespanYears, Map<String, Double> channelCac, Integer kmeansK,
                              Long kmeansSeed, Double churnMediumFrom, Double churnHighFrom,
                              String currency) {

    /** Nothing chosen: every page uses its defaults. */
    public static final DatasetSettings NONE = new DatasetSettings(null, null, null, null, null, null, Map.of(),
            null, null, null, null, null);

    static final String METHOD = "clv.method";
    static final String CALIBRATION_END = "calibration.end";
    static final String QUADRANT_X = "quadrant.x";
    static final String QUADRANT_Y = "quadrant.y";
    static final String CAC = "cac";
    static final String LIFESPAN = "lifespan.years";
    static final String CHANNEL_CAC = "channel.cac.";
    static final String KMEANS_K = "kmeans.k";
    static final String KMEANS_SEED = "kmeans.seed";
    static final String CHURN_MEDIUM = "predict.churn.medium";
    static final String CHURN_HIGH = "predict.churn.high";
    static final String CURRENCY = "currency";

    /**
     * Checks ranges and copies the channel map.
     *
     * @throws ServiceException when a threshold, cost or lifespan is negative or not finite
     */
    public DatasetSettings {
        check(quadrantX, "The repeat-purchase threshold");
        check(quadrantY == null ? null : Math.abs(quadrantY), "The profit-per-purchase threshold");
        check(cac, "The acquisition cost (CAC)");
        check(lifespanYears, "The lifespan");
        Map<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> e : Objects.requireNonNull(channelCac, "channelCac").entrySet()) {
            check(e.getValue(), "The acquisition cost of channel " + e.getKey());
            copy.put(Objects.requireNonNull(e.getKey(), "channel"), Objects.requireNonNull(e.getValue(), "cac"));
        }
        channelCac = java.util.Collections.unmodifiableMap(copy);
        if (currency != null) {
            currency = currency.strip();
            if (currency.isEmpty() || currency.length() > Settings.MAX_CURRENCY_LENGTH) {
                throw new ServiceException("The currency must be 1 to " + Settings.MAX_CURRENCY_LENGTH
                        + " characters, not \"" + currency + "\".");
            }
        }
        if (kmeansK != null && (kmeansK < 2 || kmeansK > 12)) {
            throw new ServiceException("The number of k-means clusters must be between 2 and 12, not " + kmeansK
                    + ".");
        }
    }

    private static void check(Double v, String what) {
        if (v != null && !(v >= 0 && Double.isFinite(v))) {
            throw new ServiceException(what + " must be a number of zero or more, not " + v + ".");
        }
    }

    /** @return the CLV method, BG/NBD when none was chosen */
    public ClvMethod clvMethodOrDefault() {
        return clvMethod == null ? ClvMethod.BG_NBD : clvMethod;
    }

    /** @param m the method ({@code null} = default) @return a copy with it */
    public DatasetSettings withClvMethod(ClvMethod m) {
        return new DatasetSettings(m, calibrationEnd, quadrantX, quadrantY, cac, lifespanYears, channelCac,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /** @param day the calibration end ({@code null} = default) @return a copy with it */
    public DatasetSettings withCalibrationEnd(LocalDate day) {
        return new DatasetSettings(clvMethod, day, quadrantX, quadrantY, cac, lifespanYears, channelCac,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /**
     * @param x repeat-purchase threshold ({@code null} = median)
     * @param y profit-per-purchase threshold ({@code null} = median)
     * @return a copy with them
     */
    public DatasetSettings withQuadrantThresholds(Double x, Double y) {
        return new DatasetSettings(clvMethod, calibrationEnd, x, y, cac, lifespanYears, channelCac,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /** @param perCustomer CAC ({@code null} = unknown) @return a copy with it */
    public DatasetSettings withCac(Double perCustomer) {
        return new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, perCustomer, lifespanYears,
                channelCac, kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /** @param years lifespan ({@code null} = default) @return a copy with it */
    public DatasetSettings withLifespanYears(Double years) {
        return new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, cac, years, channelCac,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /**
     * @param channel     a channel as the data names it ({@code null} not permitted)
     * @param perCustomer its CAC ({@code null} removes it)
     * @return a copy with it
     */
    public DatasetSettings withChannelCac(String channel, Double perCustomer) {
        Map<String, Double> m = new LinkedHashMap<>(channelCac);
        if (perCustomer == null) {
            m.remove(Objects.requireNonNull(channel, "channel"));
        } else {
            m.put(Objects.requireNonNull(channel, "channel"), perCustomer);
        }
        return new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, cac, lifespanYears, m,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, currency);
    }

    /**
     * @param k    clusters ({@code null} = suggested)
     * @param seed seed ({@code null} = default)
     * @return a copy with them
     */
    public DatasetSettings withKMeans(Integer k, Long seed) {
        return new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, cac, lifespanYears, channelCac,
                k, seed, churnMediumFrom, churnHighFrom, currency);
    }

    /**
     * @param mediumFrom P(no order) from which a customer is Medium risk ({@code null} = default)
     * @param highFrom   P(no order) from which a customer is High risk ({@code null} = default)
     * @return a copy with them
     * @throws ServiceException unless {@code 0 <= medium <= high <= 1} (after defaults)
     */
    public DatasetSettings withChurnCutoffs(Double mediumFrom, Double highFrom) {
        DatasetSettings s = new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, cac, lifespanYears,
                channelCac, kmeansK, kmeansSeed, mediumFrom, highFrom, currency);
        s.churnBands();
        return s;
    }

    /**
     * @return the churn-risk bands of the predictions (defaults {@link ChurnBands#DEFAULT} where not chosen)
     * @throws ServiceException when the cut-offs are out of order
     */
    public ChurnBands churnBands() {
        try {
            return new ChurnBands(churnMediumFrom != null ? churnMediumFrom : ChurnBands.DEFAULT.mediumFrom(),
                    churnHighFrom != null ? churnHighFrom : ChurnBands.DEFAULT.highFrom());
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** @param sign currency sign or code ({@code null} = the app's setting) @return a copy with it */
    public DatasetSettings withCurrency(String sign) {
        return new DatasetSettings(clvMethod, calibrationEnd, quadrantX, quadrantY, cac, lifespanYears, channelCac,
                kmeansK, kmeansSeed, churnMediumFrom, churnHighFrom, sign);
    }

    /** @return the stored form: name → text, only chosen values */
    Map<String, String> toMap() {
        Map<String, String> m = new TreeMap<>();
        put(m, METHOD, clvMethod == null ? null : clvMethod.cliName());
        put(m, CALIBRATION_END, calibrationEnd == null ? null : calibrationEnd.toString());
        put(m, QUADRANT_X, quadrantX);
        put(m, QUADRANT_Y, quadrantY);
        put(m, CAC, cac);
        put(m, LIFESPAN, lifespanYears);
        put(m, KMEANS_K, kmeansK);
        put(m, KMEANS_SEED, kmeansSeed);
        put(m, CHURN_MEDIUM, churnMediumFrom);
        put(m, CHURN_HIGH, churnHighFrom);
        put(m, CURRENCY, currency);
        for (Map.Entry<String, Double> e : channelCac.entrySet()) {
            put(m, CHANNEL_CAC + e.getKey(), e.getValue());
        }
        return m;
    }

    /**
     * Reads the stored form; a value that does not parse (a damaged or newer workspace) is left at its default.
     *
     * @param m name → text
     * @return the settings
     */
    static DatasetSettings fromMap(Map<String, String> m) {
        DatasetSettings s = NONE;
        try {
            s = s.withClvMethod(m.containsKey(METHOD) ? ClvMethod.parse(m.get(METHOD)) : null);
        } catch (RuntimeException ignored) {
            // unknown method name: default
        }
        try {
            s = s.withCalibrationEnd(m.containsKey(CALIBRATION_END) ? LocalDate.parse(m.get(CALIBRATION_END)) : null);
        } catch (RuntimeException ignored) {
            // bad date: default
        }
        Double x = number(m.get(QUADRANT_X));
        Double y = number(m.get(QUADRANT_Y));
        s = s.withQuadrantThresholds(x != null && x >= 0 ? x : null, y).withCac(nonNegative(m.get(CAC)))
                .withLifespanYears(nonNegative(m.get(LIFESPAN)));
        try {
            Integer k = m.containsKey(KMEANS_K) ? Integer.valueOf(m.get(KMEANS_K)) : null;
            s = s.withKMeans(k != null && k >= 2 && k <= 12 ? k : null,
                    m.containsKey(KMEANS_SEED) ? Long.valueOf(m.get(KMEANS_SEED)) : null);
        } catch (NumberFormatException ignored) {
            // damaged value: default
        }
        try {
            s = s.withChurnCutoffs(nonNegative(m.get(CHURN_MEDIUM)), nonNegative(m.get(CHURN_HIGH)));
        } catch (ServiceException ignored) {
            // damaged or out-of-order cut-offs: defaults
        }
        try {
            s = s.withCurrency(m.get(CURRENCY));
        } catch (ServiceException ignored) {
            // damaged value: the app's setting
        }
        for (Map.Entry<String, String> e : m.entrySet()) {
            Double v = nonNegative(e.getValue());
            if (e.getKey().startsWith(CHANNEL_CAC) && v != null) {
                s = s.withChannelCac(e.getKey().substring(CHANNEL_CAC.length()), v);
            }
        }
        return s;
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double nonNegative(String text) {
        Double v = number(text);
        return v != null && v >= 0 ? v : null;
    }
}
