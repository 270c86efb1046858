package org.valuelens.model.btyd;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Entry point for the service and CLI: fits a purchase model chosen by its command-line id. */
public final class PurchaseModels {

    /** Ids accepted by {@link #fit(String, CalibrationData)}, in the order they are usually offered. */
    public static final List<String> IDS = List.of("bg-nbd", "mbg-nbd", "pareto-nbd");

    private PurchaseModels() {
    }

    /**
     * @param id   "bg-nbd", "mbg-nbd" or "pareto-nbd" (case-insensitive; not {@code null})
     * @param data calibration data ({@code null} not permitted)
     * @return the fit; its {@code model()} is the fitted {@link PurchaseModel}
     * @throws IllegalArgumentException for an unknown id
     * @throws FitException when the data cannot support the model
     */
    public static FitResult<? extends PurchaseModel> fit(String id, CalibrationData data) {
        Objects.requireNonNull(id, "id");
        switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "bg-nbd":
                return new BgNbdFitter().fit(data);
            case "mbg-nbd":
                return new MbgNbdFitter().fit(data);
            case "pareto-nbd":
                return new ParetoNbdFitter().fit(data);
            default:
                throw new IllegalArgumentException("Unknown purchase model '" + id + "': use one of " + IDS + ".");
        }
    }
}
