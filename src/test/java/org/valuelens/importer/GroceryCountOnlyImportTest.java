package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * BTYDplus groceryElog: "cust","date" only. A transaction log without an amount column is read as a count-only log
 * (docs/decisions/0018-count-only-datasets.md): every row accepted, amount 0, no row a return.
 */
class GroceryCountOnlyImportTest {

    @Test
    void readsEveryRowWithAmountZeroAndSaysPurchaseCountsOnly() throws Exception {
        Path file = Path.of(GroceryCountOnlyImportTest.class.getResource("/data/grocery/groceryElog.csv").toURI());
        List<String> lines = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).toList();
        long customers = lines.stream().map(l -> l.split(",")[0]).distinct().count();

        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);

        assertThat(result.hasAmounts()).isFalse();
        assertThat(result.mapping()).containsOnlyKeys(ColumnRole.CUSTOMER_ID, ColumnRole.DATE);
        assertThat(result.rowsRead()).isEqualTo(lines.size());
        assertThat(result.rowsAccepted()).isEqualTo(lines.size());
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("No amount column: purchase counts only"));
        assertThat(sink.transactions).allMatch(t -> t.amount() == 0.0 && !t.isReturn());
        assertThat(sink.transactions.stream().map(Transaction::customerId).distinct().count()).isEqualTo(customers);
    }

    @Test
    void aFileWithAmountsStillHasAmounts() throws Exception {
        Path file = Path.of(GroceryCountOnlyImportTest.class.getResource("/data/apparel/apparelTrans.csv").toURI());
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), new CollectingSink(),
                ProgressListener.NONE);
        assertThat(result.hasAmounts()).isTrue();
    }

    @Test
    void anUnrecognisedColumnIsNamedInTheCountOnlyWarning(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("umsatz.csv");
        Files.writeString(file, "customer,date,Umsatz\nA,2020-01-01,3.5\nB,2020-01-02,4\n");
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), new CollectingSink(),
                ProgressListener.NONE);
        assertThat(result.hasAmounts()).isFalse();
        assertThat(result.warnings()).singleElement().asString().startsWith("No amount column: purchase counts only")
                .contains("If one of the columns Umsatz holds the amount, pass --amount COLUMN.");
    }

    @Test
    void aResultNamingNoColumnsIsNotCountOnly() {
        ImportResult replay = new ImportResult(1, 1, 0, java.util.Map.of(), 0, null, null, DataShape.TRANSACTIONS,
                "UTF-8", ",", List.of(), List.of(), java.util.Map.of(), null, List.of());
        assertThat(replay.hasAmounts()).isTrue();
    }

    @Test
    void aUnitPriceWithoutQuantityIsStillRefusedAsAMissingAmount(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, "customer,date,unit price\nA,2020-01-01,3.5\nB,2020-01-02,4\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileImporter().read(ImportOptions.detect(file),
                new CollectingSink(), ProgressListener.NONE)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no amount column found");
    }
}
