package org.valuelens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.valuelens.model.progress.ProgressListener;

/** Writes a test file in an encoding and reads it back checking that every row is accounted for. */
final class TestFiles {
    private TestFiles() {
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    /** Reads with everything detected; asserts read = accepted + rejected and that the sink got every row. */
    static ImportResult read(Path file, CollectingSink sink) throws ImportException {
        ImportResult result = new FileImporter().read(ImportOptions.detect(file), sink, ProgressListener.NONE);
        assertThat(result.rowsRead()).isEqualTo(result.rowsAccepted() + result.rowsRejected());
        assertThat(sink.transactions.size() + sink.customers.size()).isEqualTo(result.rowsAccepted());
        assertThat(sink.rejected).hasSize((int) result.rowsRejected());
        return result;
    }
}
