package org.valuelens.service;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;
import org.valuelens.storage.DatasetWriter;
import org.valuelens.storage.RejectedRecord;

/**
 * Hands an import's rows to the {@link DatasetWriter} on a second thread, in order, so that reading and parsing
 * the file (the calling thread) overlaps with building the analysis store (customer keys, columns) on the other
 * core; docs/decisions/0032-cli-speed.md. Rows travel in batches through a short bounded queue, so at most a few
 * batches are held in memory. A failure of the writer is thrown, as it was, from the next {@link #add} or from
 * {@link #finish}; {@link #close} without {@code finish} (an error or a cancel) stops the thread and drops what is
 * still queued, and the writer is then closed, which discards the dataset.
 *
 * <p>The writer may also be opened on the second thread ({@link #WriterHandOff(Opener)}): the file is then read
 * while the workspace is still being created or checked (docs/decisions/0041-import-speed.md); until the writer
 * is open the queue may hold more batches ({@link #OPENING_BATCHES}), and such a hand-off closes the writer it
 * opened.
 */
final class WriterHandOff implements AutoCloseable {

    /** Rows per batch. */
    static final int BATCH = 4096;
    /** Batches the queue holds once the writer is open. */
    static final int QUEUE_BATCHES = 4;
    /** Batches the queue may hold while the writer is being opened (about a second of reading). */
    static final int OPENING_BATCHES = 64;
    private static final Object[] END = new Object[0];

    /** Opens the writer, on the hand-off's thread. */
    @FunctionalInterface
    interface Opener {
        /**
         * @return the writer of the new dataset
         * @throws ServiceException when the dataset cannot be started (its message is the import's)
         */
        DatasetWriter open() throws ServiceException;
    }

    private final Opener opener;
    private final boolean ownsWriter;
    private final LinkedBlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();
    private final Object room = new Object();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final Thread thread;
    private volatile DatasetWriter writer;
    private Object[] batch = new Object[BATCH];
    private int size;
    private volatile Throwable failure;
    private volatile ServiceException openFailure;
    private volatile boolean stopped;
    private boolean finished;

    /** @param writer an open writer, which the caller closes */
    WriterHandOff(DatasetWriter writer) {
        this(ready(writer), false);
    }

    /** @param opener opens the writer on the hand-off's thread; {@link #close} closes it */
    WriterHandOff(Opener opener) {
        this(Objects.requireNonNull(opener, "opener"), true);
    }

    private WriterHandOff(Opener opener, boolean ownsWriter) {
        this.opener = opener;
        this.ownsWriter = ownsWriter;
        this.thread = new Thread(this::drain, "valuelens-store-builder");
        thread.setDaemon(true);
        thread.start();
    }

    private static Opener ready(DatasetWriter writer) {
        Objects.requireNonNull(writer, "writer");
        return () -> writer;
    }

    /**
     * @param row a {@link Transaction}, {@link CustomerRecord} or {@link RejectedRecord}, in source order
     */
    void add(Object row) {
        batch[size++] = row;
        if (size == BATCH) {
            hand(batch);
            batch = new Object[BATCH];
            size = 0;
        }
    }

    /** Waits until the writer has taken every row; afterwards the writer may be used on this thread. */
    void finish() {
        if (size > 0) {
            hand(java.util.Arrays.copyOf(batch, size));
            size = 0;
        }
        hand(END);
        join();
        finished = true;
        rethrow();
    }

    /** @return the writer, once {@link #finish} has returned */
    DatasetWriter writer() {
        return writer;
    }

    /**
     * Waits until the writer is open or its opening failed.
     *
     * @throws ServiceException the opener's failure (e.g. the file is already a dataset)
     */
    void awaitOpened() throws ServiceException {
        try {
            opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
        if (openFailure != null) {
            throw openFailure;
        }
    }

    private void hand(Object[] rows) {
        try {
            synchronized (room) {
                while (queue.size() >= (writer == null ? OPENING_BATCHES : QUEUE_BATCHES)) {
                    rethrow();
                    if (!thread.isAlive()) {
                        throw new IllegalStateException("the store builder stopped");
                    }
                    room.wait(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
        queue.add(rows);
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t.getMessage(), t);
        }
    }

    private void drain() {
        try {
            try {
                writer = opener.open();
            } catch (ServiceException e) {
                openFailure = e;
                failure = e;
                return;
            } finally {
                opened.countDown();
            }
            DatasetWriter w = writer;
            while (!stopped) {
                Object[] rows = queue.take();
                synchronized (room) {
                    room.notifyAll();
                }
                if (rows == END) {
                    return;
                }
                for (Object row : rows) {
                    if (row instanceof Transaction t) {
                        w.transaction(t);
                    } else if (row instanceof CustomerRecord c) {
                        w.customerInput(c);
                    } else if (row != null) {
                        w.rejected((RejectedRecord) row);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    /**
     * Stops the thread unless {@link #finish} ran (dropping what is still queued; an opening under way is let
     * finish, so that no database work is interrupted), and closes the writer when this hand-off opened it.
     */
    @Override
    public void close() {
        if (!finished) {
            stopped = true;
            queue.clear();
            queue.add(END);
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        DatasetWriter w = writer;
        if (ownsWriter && w != null) {
            w.close();
        }
    }
}
