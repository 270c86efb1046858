package org.valuelens.model.btyd;

import java.util.ArrayList;

/**
 * Maximum-likelihood fitter for {@link MbgNbdModel} . Immutable.
 */
public final class MbgNbdFitter {

    /** Creates an MBG/NBD fitter. */
    public MbgNbdFitter() {
        // stateless
    }

    /**
     * Fits MBG/NBD.
     *
     * @param data calibration data ({@code null} not permitted)
     * @return the fit
     * @throws FitException when there are fewer than 2 customers, no repeat customer, or no finite optimum
     */
    public FitResult<MbgNbdModel> fit(CalibrationData data) {
        BgNbdFitter.FitOutcome o = BgNbdFitter.fitRaw(data, true, "MBG/NBD");
        double[] p = o.estimate().params();
        return o.toResult("mbg-nbd", new MbgNbdModel(p[0], p[1], p[2], p[3]), new ArrayList<>(o.estimate().warnings()));
    }
}
