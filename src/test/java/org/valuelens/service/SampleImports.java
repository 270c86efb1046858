package org.valuelens.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.valuelens.model.progress.ProgressListener;

/** Imports the bundled test copies of CDNOW and the Online Retail extract, as several service tests need both. */
final class SampleImports {

    private SampleImports() {
    }

    /** @return the dataset id of CDNOW (customer, date, quantity and amount by column number) */
    static int cdnow(WorkspaceSession session, Path dir) throws IOException {
        return session.imports().importFile(new ImportRequest(copy(dir, "/data/cdnow/CDNOW_sample.txt", "cdnow.txt"),
                null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                ProgressListener.NONE).datasetId();
    }

    /** @return the dataset id of the Online Retail extract: times of day, returns, the country as the channel */
    static int retail(WorkspaceSession session, Path dir) throws IOException {
        return session.imports().importFile(new ImportRequest(
                copy(dir, "/data/online_retail/online_retail_40k.xlsx", "retail.xlsx"), null, null, null, null, null,
                null, Map.of("channel", "Country")), false, ProgressListener.NONE).datasetId();
    }

    private static Path copy(Path dir, String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = SampleImports.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
