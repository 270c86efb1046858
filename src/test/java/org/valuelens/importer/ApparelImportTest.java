package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/** CLVTools apparel transactions: Id, Date, Price, where Price (no quantity column) is the amount. */
class ApparelImportTest {

    @Test
    void importsAllTransactionsOfTheSixHundredCustomers() throws Exception {
        Path file = Path.of(ApparelImportTest.class.getResource("/data/apparel/apparelTrans.csv").toURI());
        List<String[]> lines = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.replace("\"", "").split(",")).toList();
        long distinctLines = lines.stream().map(c -> String.join(",", c)).distinct().count();
        double total = lines.stream().mapToDouble(c -> Double.parseDouble(c[2])).sum();

        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);

        assertThat(lines).hasSize(3187);
        assertThat(distinctLines).isEqualTo(3187);
        assertThat(result.mapping()).containsEntry(ColumnRole.CUSTOMER_ID, 0).containsEntry(ColumnRole.DATE, 1)
                .containsEntry(ColumnRole.AMOUNT, 2);
        assertThat(result.rowsRead()).isEqualTo(3187);
        assertThat(result.rowsAccepted()).isEqualTo(3187);
        assertThat(sink.transactions.stream().map(Transaction::customerId).distinct().count()).isEqualTo(600);
        assertThat(sink.transactions.stream().mapToDouble(Transaction::amount).sum()).isCloseTo(total,
                within(1e-6));
        assertThat(result.firstDate().toLocalDate().toString())
                .isEqualTo(lines.stream().map(c -> c[1]).min(String::compareTo).orElseThrow());
    }
}
