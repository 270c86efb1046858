package org.valuelens.gui.segments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.WorkspaceSession;

/** TEST-ONLY: opens a workspace in a folder and imports the CDNOW sample (2,357 customers) from the classpath. */
public final class CdnowSample {
    /** Customers in the CDNOW sample (Fader, Hardie and Lee 2005). */
    public static final int CUSTOMERS = 2_357;

    private CdnowSample() {
    }

    /**
     * @param dir an empty temporary folder
     * @return the open session with the sample imported
     * @throws IOException when the sample cannot be copied
     */
    public static WorkspaceSession open(Path dir) throws IOException {
        Path file = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = CdnowSample.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        WorkspaceSession session = WorkspaceSession.open(dir.resolve("ws"));
        session.imports().importFile(new ImportRequest(file, null, false, null, null, null, null,
                Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false, ProgressListener.NONE);
        return session;
    }
}
