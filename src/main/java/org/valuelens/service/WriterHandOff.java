package org.valuelens.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * still queued, and the caller then closes the writer, which discards the dataset.
 */
final class WriterHandOff implements AutoCloseable {

    /** Rows per batch. */
    static final int BATCH = 4096;
    private static final Object[] END = new Object[0];

    private final DatasetWriter writer;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private Object[] batch = new Object[BATCH];
    private int size;
    private volatile Throwable failure;
    private volatile boolean stopped;
    private boolean finished;

    WriterHandOff(DatasetWriter writer) {
        this.writer = writer;
        this.thread = new Thread(this::drain, "valuelens-store-builder");
        thread.setDaemon(true);
        thread.start();
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

    private void hand(Object[] rows) {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the store builder stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
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
            throw new IllegalStateException(t);
        }
    }

    private void drain() {
        try {
            while (!stopped) {
                Object[] rows = queue.take();
                if (rows == END) {
                    return;
                }
                for (Object row : rows) {
                    if (row instanceof Transaction t) {
                        writer.transaction(t);
                    } else if (row instanceof CustomerRecord c) {
                        writer.customerInput(c);
                    } else if (row != null) {
                        writer.rejected((RejectedRecord) row);
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

    @Override
    public void close() {
        if (!finished) {
            stopped = true;
            queue.clear();
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
