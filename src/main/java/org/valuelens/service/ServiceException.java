package org.valuelens.service;

/** A use case that cannot be carried out; the message is one plain sentence for users (no stack trace needed). */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one plain sentence */
    public ServiceException(String message) {
        super(message);
    }

    /** @param message one plain sentence @param cause the underlying error */
    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
