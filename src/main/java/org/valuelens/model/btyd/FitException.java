package org.valuelens.model.btyd;

/**
 * A model could not be fitted to the given data (empty input, no repeat customers, no positive spend, a failed
 * optimisation, ...). The message is a plain sentence meant for the user.
 */
public class FitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message plain sentence explaining why the fit is impossible ({@code null} not permitted) */
    public FitException(String message) {
        super(message);
    }
}
