package org.valuelens.importer;

import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

/**
 * Receives the parsed rows of one import, in source order, on the importing thread. Every data row read
 * reaches exactly one of the three methods.
 */
public interface RowSink {
    /** @param transaction an accepted transaction-log row (returns included, flagged) */
    void transaction(Transaction transaction);

    /** @param customer an accepted customer-table row */
    void customer(CustomerRecord customer);

    /** @param rejected a row that was not accepted, with its reason */
    void rejected(RejectedRow rejected);
}
