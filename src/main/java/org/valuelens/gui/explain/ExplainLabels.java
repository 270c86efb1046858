package org.valuelens.gui.explain;

import java.util.List;
import org.valuelens.gui.common.I18n;

/**
 * Localises the English input and step labels of {@link org.valuelens.model.clv.ClvResult}: "(currency)" becomes the
 * currency symbol, and for every language but English the known phrases are replaced, longest first (unknown words
 * stay English).
 */
final class ExplainLabels {

    /** English phrase and bundle key, longest phrases first so that parts of them are not replaced early. */
    private static final List<String[]> PHRASES = List.of(
            new String[] {"expected margin, discounted = CLV", "explain.phrase.expectedMarginDiscounted"},
            new String[] {"predicted future value", "explain.phrase.predictedValue"},
            new String[] {"historical value", "explain.phrase.historicalValue"},
            new String[] {"P(alive)", "explain.phrase.pAlive"},
            new String[] {"expected margin, undiscounted", "explain.phrase.expectedMarginUndiscounted"},
            new String[] {"expected revenue, undiscounted", "explain.phrase.expectedRevenueUndiscounted"},
            new String[] {"expected spend per purchase", "explain.phrase.expectedSpend"},
            new String[] {"expected purchases in the next", "explain.phrase.expectedPurchases"},
            new String[] {"margin before retention and discounting", "explain.phrase.marginBeforeRetention"},
            new String[] {"CLV after acquisition cost", "explain.phrase.clvAfterCac"},
            new String[] {"frequency x (repeat purchases)", "explain.phrase.frequencyX"},
            new String[] {"average order value", "explain.phrase.aov"},
            new String[] {"purchase frequency", "explain.phrase.frequency"},
            new String[] {"lifetime revenue", "explain.phrase.lifetimeRevenue"},
            new String[] {"lifetime margin", "explain.phrase.lifetimeMargin"},
            new String[] {"revenue per year", "explain.phrase.revenuePerYear"},
            new String[] {"revenue to date", "explain.phrase.revenueToDate"},
            new String[] {"cost to date", "explain.phrase.costToDate"},
            new String[] {"historical margin", "explain.phrase.historicalMargin"},
            new String[] {"mean repeat spend", "explain.phrase.meanRepeatSpend"},
            new String[] {"margin per period", "explain.phrase.marginPerPeriod"},
            new String[] {"margin multiple", "explain.phrase.marginMultiple"},
            new String[] {"fraction of revenue", "explain.phrase.fractionOfRevenue"},
            new String[] {"observed time", "explain.phrase.observedTime"},
            new String[] {"purchase days", "explain.phrase.purchaseDays"},
            new String[] {"acquisition cost", "explain.phrase.cac"},
            new String[] {"retention rate", "explain.phrase.retention"},
            new String[] {"discount rate", "explain.phrase.discount"},
            new String[] {"at least 1", "explain.phrase.atLeastOne"},
            new String[] {"per period", "explain.phrase.perPeriod"},
            new String[] {"per week", "explain.phrase.perWeek"},
            new String[] {"per month", "explain.phrase.perMonth"},
            new String[] {"per day", "explain.phrase.perDay"},
            new String[] {"per year", "explain.phrase.perYear"},
            new String[] {"lifespan", "explain.phrase.lifespan"},
            new String[] {"horizon", "explain.phrase.horizon"},
            new String[] {"recency", "explain.phrase.recency"},
            new String[] {"age", "explain.phrase.age"},
            new String[] {"revenue", "explain.phrase.revenue"},
            new String[] {"cost", "explain.phrase.cost"},
            new String[] {"margin", "explain.phrase.margin"},
            new String[] {"months", "explain.phrase.months"},
            new String[] {"month", "explain.phrase.month"},
            new String[] {"weeks", "explain.phrase.weeks"},
            new String[] {"week", "explain.phrase.week"},
            new String[] {"days", "explain.phrase.days"},
            new String[] {"day", "explain.phrase.day"},
            new String[] {"years", "explain.phrase.years"},
            new String[] {"year", "explain.phrase.year"});

    private ExplainLabels() {
    }

    /**
     * @param english  a label from the model
     * @param currency the currency symbol
     * @param i18n     the UI language
     * @return the label in the UI language
     */
    static String translate(String english, String currency, I18n i18n) {
        String s = english.replace("(currency)", "(" + currency + ")").replace(", currency)", ", " + currency + ")");
        if ("en".equals(i18n.locale().getLanguage())) {
            return s;
        }
        for (String[] p : PHRASES) {
            s = s.replace(p[0], i18n.get(p[1]));
        }
        return s;
    }
}
