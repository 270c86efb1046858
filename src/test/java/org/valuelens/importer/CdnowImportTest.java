package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/** The bundled CDNOW sample: headerless, whitespace-separated, CRLF. */
class CdnowImportTest {
    private static Path file;
    /** Reference values computed here with plain String.split, independent of the importer. */
    private static List<String[]> lines;

    @BeforeAll
    static void load() throws URISyntaxException, IOException {
        file = Path.of(CdnowImportTest.class.getResource("/data/cdnow/CDNOW_sample.txt").toURI());
        lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+")).toList();
    }

    private static ImportOptions overrides() {
        return ImportOptions.detect(file).withHeader(false).withColumn(ColumnRole.CUSTOMER_ID, "2")
                .withColumn(ColumnRole.DATE, "3").withColumn(ColumnRole.QUANTITY, "4")
                .withColumn(ColumnRole.AMOUNT, "5");
    }

    @Test
    void readsEveryRowOfTheSampleAsATransaction() throws ImportException {
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(overrides(), sink, ProgressListener.NONE);
        Set<String> distinctLines = new HashSet<>();
        lines.forEach(cells -> distinctLines.add(String.join(" ", cells)));
        long duplicates = lines.size() - distinctLines.size();

        assertThat(lines).hasSize(6919);
        assertThat(result.rowsRead()).isEqualTo(lines.size());
        assertThat(result.rowsRejected()).isEqualTo(duplicates);
        assertThat(result.rowsAccepted()).isEqualTo(lines.size() - duplicates);
        assertThat(sink.transactions).hasSize((int) result.rowsAccepted());
        assertThat(result.delimiter()).isEqualTo("whitespace");
    }

    @Test
    void findsTheSameCustomersAndDateRangeAsPlainSplitting() throws ImportException {
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(overrides(), sink, ProgressListener.NONE);
        Set<String> customers = new HashSet<>();
        String min = "99999999";
        String max = "00000000";
        for (String[] cells : lines) {
            customers.add(cells[1]);
            min = cells[2].compareTo(min) < 0 ? cells[2] : min;
            max = cells[2].compareTo(max) > 0 ? cells[2] : max;
        }
        assertThat(customers).hasSize(2357);
        assertThat(sink.transactions.stream().map(Transaction::customerId).distinct().count()).isEqualTo(2357);
        assertThat(min).isEqualTo("19970101");
        assertThat(max).isEqualTo("19980630");
        assertThat(result.firstDate()).isEqualTo(LocalDateTime.of(1997, 1, 1, 0, 0));
        assertThat(result.lastDate()).isEqualTo(LocalDateTime.of(1998, 6, 30, 0, 0));
    }

    @Test
    void parsesAmountsQuantitiesAndDatesOfEachRow() throws ImportException {
        CollectingSink sink = new CollectingSink();
        new FileImporter().read(overrides(), sink, ProgressListener.NONE);
        Transaction first = sink.transactions.get(0);
        String[] cells = lines.get(0);
        assertThat(first.customerId()).isEqualTo(cells[1]);
        assertThat(first.timestamp().toLocalDate()).isEqualTo(LocalDate.of(Integer.parseInt(cells[2].substring(0, 4)),
                Integer.parseInt(cells[2].substring(4, 6)), Integer.parseInt(cells[2].substring(6))));
        assertThat(first.quantity()).isEqualTo(Double.parseDouble(cells[3]));
        assertThat(first.amount()).isEqualTo(Double.parseDouble(cells[4]));
        assertThat(first.sourceRow()).isEqualTo(1);
        Set<String> seen = new HashSet<>();
        double total = lines.stream().filter(c -> seen.add(String.join(" ", c)))
                .mapToDouble(c -> Double.parseDouble(c[4])).sum();
        assertThat(sink.transactions.stream().mapToDouble(Transaction::amount).sum())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void rejectsTheTwentyOneRepeatedLinesAsDuplicatesByDefault() throws ImportException {
        CollectingSink sink = new CollectingSink();
        new FileImporter().read(overrides(), sink, ProgressListener.NONE);
        Set<String> distinct = new HashSet<>();
        long duplicates = lines.stream().filter(c -> !distinct.add(String.join(" ", c))).count();
        assertThat(duplicates).isEqualTo(21);
        assertThat(sink.rejected).hasSize(21).allMatch(r -> r.reason() == RejectReason.DUPLICATE_ROW);
    }

    @Test
    void acceptsAllSampleRowsWhenDuplicatesAreKept() throws ImportException {
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(overrides().withKeepDuplicates(true), sink,
                ProgressListener.NONE);
        assertThat(result.rowsRead()).isEqualTo(6919);
        assertThat(result.rowsAccepted()).isEqualTo(6919);
        assertThat(sink.transactions).hasSize(6919);
    }

    @Test
    void detectsThatTheSampleHasNoHeader() throws ImportException {
        ImportPreview preview = new FileImporter().preview(ImportOptions.detect(file), 5);
        assertThat(preview.header()).isFalse();
        assertThat(preview.delimiter()).isEqualTo("whitespace");
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.rows().get(0)).containsExactly(lines.get(0));
    }

    @Test
    void failsWithTheOptionsToPassWhenColumnsAreNotGiven() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FileImporter()
                        .read(ImportOptions.detect(file), new CollectingSink(), ProgressListener.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("CDNOW_sample.txt")
                .hasMessageContaining("no header row")
                .hasMessageContaining("--customer 2 --date 3 --amount 5");
    }
}
