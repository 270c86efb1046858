package org.valuelens.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.valuelens.model.TimeUnit;

/**
 * The user's preferences, immutable; change a value with a {@code with...} copy.
 *
 * @param currencySymbol     symbol shown before money amounts, 1 to {@value #MAX_CURRENCY_LENGTH} characters after
 *                           trimming (default "$")
 * @param defaultTimeUnit    unit for recency, age and horizons in new analyses (default {@link TimeUnit#WEEK})
 * @param annualDiscountRate annual discount rate as a fraction, in [0, 1) (default 0.10 = 10 %)
 * @param margin             profit margin applied to revenue as a fraction, in (0, 1] (default 0.30 = 30 %)
 * @param theme              colour theme (default {@link Theme#LIGHT})
 * @param language           interface language (default {@link Language#ENGLISH})
 * @param recentWorkspaces   most recent first, no duplicates, at most {@value #MAX_RECENT} entries; copied
 */
public record Settings(String currencySymbol, TimeUnit defaultTimeUnit, double annualDiscountRate, double margin,
                       Theme theme, Language language, List<Path> recentWorkspaces) {

    /** Longest accepted currency symbol. */
    public static final int MAX_CURRENCY_LENGTH = 5;
    /** Most recent workspaces remembered. */
    public static final int MAX_RECENT = 8;

    /** The defaults, in English. */
    public static final Settings DEFAULTS = new Settings("$", TimeUnit.WEEK, 0.10, 0.30, Theme.LIGHT,
            Language.ENGLISH, List.of());

    /** @return the settings of a new installation: the defaults in the system's language when it has one */
    public static Settings firstRun() {
        return DEFAULTS.withLanguage(Language.ofSystem());
    }

    /**
     * Checks and normalises every value.
     *
     * @throws IllegalArgumentException when a value is out of its range
     * @throws NullPointerException     when any argument is null
     */
    public Settings {
        Objects.requireNonNull(currencySymbol, "currencySymbol");
        Objects.requireNonNull(defaultTimeUnit, "defaultTimeUnit");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(recentWorkspaces, "recentWorkspaces");
        currencySymbol = currencySymbol.strip();
        if (currencySymbol.isEmpty() || currencySymbol.length() > MAX_CURRENCY_LENGTH) {
            throw new IllegalArgumentException("currency symbol must have 1 to " + MAX_CURRENCY_LENGTH
                    + " characters, was '" + currencySymbol + "'");
        }
        if (!(annualDiscountRate >= 0.0 && annualDiscountRate < 1.0)) {
            throw new IllegalArgumentException("annual discount rate must be in [0, 1), was " + annualDiscountRate);
        }
        if (!(margin > 0.0 && margin <= 1.0)) {
            throw new IllegalArgumentException("margin must be in (0, 1], was " + margin);
        }
        List<Path> recent = new ArrayList<>();
        for (Path p : recentWorkspaces) {
            Path n = Objects.requireNonNull(p, "recent workspace").toAbsolutePath().normalize();
            if (!recent.contains(n) && recent.size() < MAX_RECENT) {
                recent.add(n);
            }
        }
        recentWorkspaces = List.copyOf(recent);
    }

    /** @param symbol new currency symbol @return a copy with it */
    public Settings withCurrencySymbol(String symbol) {
        return new Settings(symbol, defaultTimeUnit, annualDiscountRate, margin, theme, language, recentWorkspaces);
    }

    /** @param unit new default time unit @return a copy with it */
    public Settings withDefaultTimeUnit(TimeUnit unit) {
        return new Settings(currencySymbol, unit, annualDiscountRate, margin, theme, language, recentWorkspaces);
    }

    /** @param rate new annual discount rate, fraction in [0, 1) @return a copy with it */
    public Settings withAnnualDiscountRate(double rate) {
        return new Settings(currencySymbol, defaultTimeUnit, rate, margin, theme, language, recentWorkspaces);
    }

    /** @param newMargin new margin, fraction in (0, 1] @return a copy with it */
    public Settings withMargin(double newMargin) {
        return new Settings(currencySymbol, defaultTimeUnit, annualDiscountRate, newMargin, theme, language,
                recentWorkspaces);
    }

    /** @param newTheme new theme @return a copy with it */
    public Settings withTheme(Theme newTheme) {
        return new Settings(currencySymbol, defaultTimeUnit, annualDiscountRate, margin, newTheme, language,
                recentWorkspaces);
    }

    /** @param newLanguage new language @return a copy with it */
    public Settings withLanguage(Language newLanguage) {
        return new Settings(currencySymbol, defaultTimeUnit, annualDiscountRate, margin, theme, newLanguage,
                recentWorkspaces);
    }

    /** @param list new recent-workspace list, most recent first @return a copy with it (trimmed, de-duplicated) */
    public Settings withRecentWorkspaces(List<Path> list) {
        return new Settings(currencySymbol, defaultTimeUnit, annualDiscountRate, margin, theme, language, list);
    }

    /**
     * Moves (or adds) a workspace to the front of the recent list, dropping the oldest beyond {@value #MAX_RECENT}.
     *
     * @param workspace the workspace just opened ({@code null} not permitted)
     * @return a copy with the updated list
     */
    public Settings withRecentWorkspace(Path workspace) {
        Path n = Objects.requireNonNull(workspace, "workspace").toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(n);
        for (Path p : recentWorkspaces) {
            if (!p.equals(n)) {
                list.add(p);
            }
        }
        if (list.size() > MAX_RECENT) {
            list = list.subList(0, MAX_RECENT);
        }
        return withRecentWorkspaces(list);
    }

    /**
     * The analysis settings the pages use: this time unit, margin and annual discount rate, over a one-year horizon.
     *
     * @param datasetId the dataset ({@code null} = the latest)
     * @return the analysis settings
     */
    public AnalysisSettings analysis(Integer datasetId) {
        return AnalysisSettings.defaults(defaultTimeUnit()).withMargin(margin())
                .withDiscountAndHorizon(annualDiscountRate(), (int) Math.round(defaultTimeUnit().periodsPerYear()))
                .withDataset(datasetId);
    }
}
