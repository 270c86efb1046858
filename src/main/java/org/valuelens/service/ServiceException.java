package org.valuelens.service;

/**
 * A use case could not be carried out. The message is one plain sentence for users, naming the file and, where
 * there is one, the row and column; callers print it as is.
 */
public class ServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one plain sentence */
    public ServiceException(String message) {
        super(message);
    }

    /**
     * @param message one plain sentence
     * @param cause   the underlying error
     */
    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
