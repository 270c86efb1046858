package org.valuelens.importer;

import java.util.ArrayList;
import java.util.List;
import org.valuelens.model.CustomerRecord;
import org.valuelens.model.Transaction;

/** Keeps every row the importer hands over. */
final class CollectingSink implements RowSink {
    final List<Transaction> transactions = new ArrayList<>();
    final List<CustomerRecord> customers = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();

    @Override
    public void transaction(Transaction transaction) {
        transactions.add(transaction);
    }

    @Override
    public void customer(CustomerRecord customer) {
        customers.add(customer);
    }

    @Override
    public void rejected(RejectedRow row) {
        rejected.add(row);
    }

    long rejectedFor(RejectReason reason) {
        return rejected.stream().filter(r -> r.reason() == reason).count();
    }
}
