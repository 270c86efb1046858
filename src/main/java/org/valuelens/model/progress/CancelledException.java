package org.valuelens.model.progress;

/** Thrown by an operation that stopped because its {@link ProgressListener} asked it to. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the standard message. */
    public CancelledException() {
        super("The operation was cancelled.");
    }
}
