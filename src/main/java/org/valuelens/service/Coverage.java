package org.valuelens.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuelens.model.summary.SummaryResult;

/**
 * The one sentence that says which imported customers an analysis covers ("customers analysed" vs "customers
 * imported", docs/definitions.md): customers whose lines are all returns and customers whose first purchase is
 * after the calibration end are left out of every per-customer analysis, and are counted here, never dropped
 * silently.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * @param summary  the summary an analysis used ({@code null} not permitted)
     * @param imported customers the import counted for the dataset
     * @return one sentence when some imported customers are not analysed, otherwise an empty list
     */
    public static List<String> notes(SummaryResult summary, long imported) {
        List<String> out = new ArrayList<>();
        int analysed = summary.customers().size();
        int returnsOnly = summary.customersWithoutPurchase();
        int later = summary.customersAfterCalibration();
        if (returnsOnly == 0 && later == 0) {
            return out;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d of the %,d imported customers are"
                + " analysed", analysed, Math.max(imported, (long) analysed + returnsOnly + later)));
        List<String> parts = new ArrayList<>();
        if (returnsOnly > 0) {
            parts.add(String.format(Locale.ROOT, "%,d whose lines are all returns (no purchase to analyse)",
                    returnsOnly));
        }
        if (later > 0) {
            parts.add(String.format(Locale.ROOT, "%,d whose first purchase is after the calibration end %s (not"
                    + " yet customers on that day)", later, summary.calibrationEnd()));
        }
        s.append("; left out: ").append(String.join(" and ", parts)).append('.');
        out.add(s.toString());
        return out;
    }
}
