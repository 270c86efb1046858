package org.valuelens.importer;

/**
 * An import that cannot proceed at all (unreadable file, no customer column, ...). The message is one plain
 * sentence naming the file and, where there is one, the row and column.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one plain sentence */
    public ImportException(String message) {
        super(message);
    }

    /** @param message one plain sentence @param cause the underlying error */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
