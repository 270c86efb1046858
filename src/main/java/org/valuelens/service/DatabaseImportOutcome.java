package org.valuelens.service;

import java.util.Objects;

/**
 * A committed database import: the figures of a file import plus what crossed the network.
 *
 * @param outcome         the dataset's figures as for a file import ({@code rowsRead} counted by the database;
 *                        shape "TRANSACTIONS" in the aggregated mode, "SUMMARY" in the summary mode)
 * @param mode            the mode used ({@code null} not permitted)
 * @param rowsTransferred rows fetched from the database, all statements together
 */
public record DatabaseImportOutcome(ImportOutcome outcome, DatabaseImportRequest.Mode mode, long rowsTransferred) {

    /** Checks the arguments. */
    public DatabaseImportOutcome {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mode, "mode");
    }
}
