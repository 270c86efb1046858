package org.valuelens.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Starts the database engine ahead of use: a fresh CLI process spends about 0.4 s of CPU loading and initialising
 * H2's classes before its first connection, the same for any database. Opening a throw-away in-memory database on
 * a second thread does that work while the main thread parses the command line, so the workspace then opens on
 * an engine that is ready (docs/decisions/0032-cli-speed.md). Nothing is read or written: the in-memory database
 * is private to its connection and gone when it closes.
 */
public final class DatabaseWarmUp {

    private DatabaseWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (it never delays the process's exit) and returns at once. */
    public static void startInBackground() {
        Thread t = new Thread(DatabaseWarmUp::run, "valuelens-db-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private static void run() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            c.isValid(0);
        } catch (SQLException | RuntimeException e) {
            // only a head start: the real open reports any problem with the engine
        }
    }
}
