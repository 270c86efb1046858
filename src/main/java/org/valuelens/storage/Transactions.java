package org.valuelens.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on a connection in one transaction: committed whole or rolled back, the connection's auto-commit mode
 * restored afterwards. A failed rollback or restore is not reported over the first failure: the transaction ends
 * with the connection then, and the next statement reports a broken connection.
 */
final class Transactions {

    /** Database work inside the transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    /**
     * @param connection the connection (its auto-commit mode is restored)
     * @param work       what to do in the transaction
     * @throws SQLException the work's or the commit's failure, after the rollback
     */
    static void inOne(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the rollback failed too: the transaction ends with the connection, nothing was committed
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // keeps the connection's mode as it is; the next statement reports a broken connection
            }
        }
    }
}
