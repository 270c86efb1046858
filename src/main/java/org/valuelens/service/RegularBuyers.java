package org.valuelens.service;

import java.util.Locale;
import org.valuelens.model.btyd.CalibrationData;
import org.valuelens.model.btyd.CnbdkFitter;
import org.valuelens.model.btyd.CnbdkModel;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.summary.PurchaseTiming;
import org.valuelens.model.summary.SummaryResult;

/**
 * The regular-buyer models (BG/CNBD-k, MBG/CNBD-k; docs/decisions/0024-cnbd-k.md) on a calibration summary, and
 * the regularity figure shown beside every purchase-model fit.
 */
public final class RegularBuyers {

    private RegularBuyers() {
    }

    /**
     * @param modelId {@code bg-cnbd-k} or {@code mbg-cnbd-k}
     * @param summary calibration summary with timing statistics ({@code null} not permitted)
     * @return the fit, k chosen by likelihood over 1..{@value CnbdkModel#MAX_K}
     * @throws org.valuelens.model.btyd.FitException when the data cannot support the model
     */
    static FitResult<CnbdkModel> fit(String modelId, SummaryResult summary) {
        CnbdkFitter fitter = "mbg-cnbd-k".equals(modelId) ? CnbdkFitter.mbgCnbdk() : CnbdkFitter.bgCnbdk();
        double litt = summary.timing().sumLitt();
        if (!Double.isFinite(litt)) {
            throw new ServiceException(modelId + " needs the days between purchases, which this dataset does not keep"
                    + " (a summary-only dataset has one row per customer): use bg-nbd, mbg-nbd or pareto-nbd, or "
                    + "import the transactions.");
        }
        return fitter.fit(CalibrationData.of(summary.customers()), litt);
    }

    /**
     * @param summary a summary ({@code null} not permitted)
     * @return Wheat &amp; Morrison's regularity estimate of its calibration period, {@code NaN} when fewer than two
     *         customers have three purchase days
     */
    public static double regularity(SummaryResult summary) {
        return summary.timing().wheatRegularity();
    }

    /**
     * @param summary a summary ({@code null} not permitted)
     * @return one sentence on the purchase regularity of the calibration period, for the fit output
     */
    public static String regularityNote(SummaryResult summary) {
        PurchaseTiming t = summary.timing();
        double k = t.wheatRegularity();
        if (Double.isNaN(k)) {
            return "Regularity (Wheat & Morrison): not available, fewer than 2 customers have 3 purchase days.";
        }
        String reading = k < 1.5 ? "close to 1, purchase timing looks random (BG/NBD-type models fit)"
                : "above 1, customers buy at fairly regular intervals (BG/CNBD-k or MBG/CNBD-k may predict better)";
        return String.format(Locale.ROOT, "Regularity (Wheat & Morrison) %.2f from %,d customers with 3+ purchase"
                + " days: %s.", k, t.wheatCustomers(), reading);
    }
}
