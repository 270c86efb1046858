package org.valuelens.storage;

import java.nio.file.Path;
import java.time.LocalDate;
import org.valuelens.model.Transaction;

/**
 * A child process for {@link StoreKillTest}: imports datasets of {@link #LINES} lines into a workspace, one after
 * the other, until it is killed, printing "started" once the workspace is open, "committing" before and
 * "committed ID" after each commit.
 */
public final class KillableImport {

    /** Lines per dataset. */
    static final int LINES = 150_000;

    private KillableImport() {
    }

    /**
     * @param args the workspace folder
     * @throws Exception when writing fails
     */
    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("started");
            System.out.flush();
            for (int round = 0; ; round++) {
                String hash = String.format("%064d", round);
                try (DatasetWriter w = ws.beginDataset("kill-" + round + ".csv", hash)) {
                    for (int i = 0; i < LINES; i++) {
                        w.transaction(new Transaction("C" + i % 5_000, LocalDate.of(2020, 1, 1).plusDays(i % 700)
                                .atTime(i % 24, 0), i % 97 + 0.5, null, null, i % 3 == 0 ? 1.0 : null,
                                i % 2 == 0 ? "web" : null, null, i + 2L, false));
                    }
                    System.out.println("committing");
                    System.out.flush();
                    int id = w.commit(new DatasetSummaryFields(null, "TRANSACTIONS", "{}", LINES, "UTF-8", ","))
                            .id();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
