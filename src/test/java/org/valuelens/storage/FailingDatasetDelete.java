package org.valuelens.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger that makes deleting a {@code datasets} row fail, to prove a dataset delete is all or nothing. */
public final class FailingDatasetDelete implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("simulated failure while deleting dataset " + oldRow[0]);
    }
}
