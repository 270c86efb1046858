package org.valuelens.storage;

/** The workspace database could not do what was asked. The message is one plain sentence. */
public final class StorageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one plain sentence
     * @param cause   the underlying error
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
