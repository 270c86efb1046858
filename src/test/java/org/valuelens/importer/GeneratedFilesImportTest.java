package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.Transaction;
import org.valuelens.model.progress.ProgressListener;

/**
 * Forty-eight seeded files mixing encodings, delimiters, header languages, date and number styles, with bad values
 * injected ({@link ImportFileGenerator}): each must import exactly as the generator wrote it.
 */
class GeneratedFilesImportTest {
    private static final long SEED = 20_261_203L;
    private static final int FILES = 48;

    @TempDir
    Path dir;

    @Test
    void everySeededFileImportsExactly() throws Exception {
        ImportFileGenerator generator = new ImportFileGenerator(SEED);
        Set<String> encodings = new HashSet<>();
        Set<String> styles = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            ImportFileGenerator.Expected e = generator.write(dir, i);
            encodings.add(e.encoding());
            styles.add(e.file().getFileName().toString().replaceAll("^gen-\\d+-[^-]+-|\\.\\w+$", ""));
            try {
                check(e);
            } catch (AssertionError | ImportException ex) {
                failures.add(e.description() + ": " + ex.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(encodings).hasSizeGreaterThanOrEqualTo(8);
        assertThat(styles).hasSizeGreaterThanOrEqualTo(15);
    }

    private static void check(ImportFileGenerator.Expected e) throws ImportException {
        CollectingSink sink = new CollectingSink();
        ImportResult result = new FileImporter().read(ImportOptions.detect(e.file()), sink, ProgressListener.NONE);
        assertThat(result.encoding()).as("encoding").isEqualTo(e.encoding());
        assertThat(result.rowsRead()).as("rows read").isEqualTo(e.rowsRead())
                .isEqualTo(result.rowsAccepted() + result.rowsRejected());
        assertThat(result.rejectedByReason()).as("rejected by reason").isEqualTo(e.byReason());
        assertThat(sink.transactions).extracting(t -> new ImportFileGenerator.Row(t.customerId(), t.timestamp(),
                t.amount())).as("accepted rows").containsExactlyElementsOf(e.accepted());
        assertThat(sink.transactions.stream().map(Transaction::customerId).distinct().count()).as("customers")
                .isEqualTo(e.customers());
        assertThat(sink.rejected).hasSameSizeAs(e.rejected());
        for (int k = 0; k < e.rejected().size(); k++) {
            RejectedRow row = sink.rejected.get(k);
            assertThat(row.reason()).as("reason of rejected row " + k).isEqualTo(e.rejected().get(k).reason());
            assertThat(row.rawText()).as("raw text of rejected row " + k).contains(e.rejected().get(k).raw());
        }
    }
}
