package org.valuelens.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The import's content check (hash the file, refuse content already imported) on a thread of its own, so that
 * neither the reading thread nor the store builder waits for it (docs/decisions/0041-import-speed.md). Its failure
 * is thrown by {@link #failIfDone()} while rows are read, and by {@link #await()} before the commit.
 */
final class FileCheck {

    private final FutureTask<String> task;

    private FileCheck(Callable<String> check) {
        this.task = new FutureTask<>(check);
    }

    /**
     * @param check hashes the file and refuses a duplicate; returns the hash
     * @return the check, started
     */
    static FileCheck start(Callable<String> check) {
        FileCheck c = new FileCheck(check);
        Thread t = new Thread(c.task, "valuelens-file-check");
        t.setDaemon(true);
        t.start();
        return c;
    }

    /** Throws the check's failure if it has failed already; returns at once otherwise. */
    void failIfDone() {
        if (task.isDone()) {
            await();
        }
    }

    /**
     * Waits for the check.
     *
     * @return the file's hash
     * @throws ServiceException the check's failure (the file cannot be read, it is already a dataset, ...)
     */
    String await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new ServiceException(cause.getMessage(), cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
