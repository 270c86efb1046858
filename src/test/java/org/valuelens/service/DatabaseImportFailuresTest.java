package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.testing.SourceDatabase;

/**
 * A database import that cannot connect, names a missing column, sends a query that is not read-only or is
 * cancelled: one clear sentence, the workspace unchanged, and the password in no message, log record or workspace
 * file.
 */
class DatabaseImportFailuresTest {

    private static final Map<String, String> CDNOW = Map.of("customer", "customer_id", "date", "purchase_date",
            "amount", "dollars");

    @TempDir
    static Path dir;
    static SourceDatabase db;
    static WorkspaceService workspace;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(new java.util.logging.SimpleFormatter().format(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level driverLevel;

    @BeforeAll
    static void start() throws IOException, SQLException {
        db = SourceDatabase.start();
        workspace = WorkspaceService.open(dir.resolve("ws"));
    }

    @AfterAll
    static void stop() throws IOException {
        workspace.close();
        db.close();
    }

    /** Every log record of the driver and the app, at every level, is kept to look for the password. */
    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
        capture.setLevel(Level.ALL);
        driverLevel = Logger.getLogger("org.postgresql").getLevel();
        Logger.getLogger("org.postgresql").setLevel(Level.ALL);
    }

    @AfterEach
    void noPasswordAnywhere() throws IOException {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("org.postgresql").setLevel(driverLevel);
        assertThat(logged).noneMatch(m -> m.contains(SourceDatabase.PASSWORD));
        byte[] secret = SourceDatabase.PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir.resolve("ws"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), secret)).as(f.toString()).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static DatabaseImportRequest request(String url, String table, String query, Map<String, String> cols) {
        return new DatabaseImportRequest(url, SourceDatabase.USER, SourceDatabase.PASSWORD, table, query,
                DatabaseImportRequest.Mode.AGGREGATED, null, null, cols);
    }

    /** Imports, expecting a failure; checks the sentence and that the workspace did not change. */
    private static String failure(DatabaseImportRequest request, ProgressListener listener) {
        Map<String, String> before = snapshot();
        Throwable t = catchThrowable(() -> new DatabaseImportService(workspace).importDatabase(request, listener));
        assertThat(t).isInstanceOfAny(ServiceException.class, CancelledException.class);
        assertThat(snapshot()).isEqualTo(before);
        String m = t.getMessage();
        assertThat(m).doesNotContain(SourceDatabase.PASSWORD).doesNotContain("\n");
        if (t instanceof ServiceException) {
            assertThat(m).endsWith(".");
        }
        return m;
    }

    /** Every workspace table's row count and checksum. */
    private static Map<String, String> snapshot() {
        try {
            return org.valuelens.storage.TableSnapshot.of(dir.resolve("ws"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aServerThatIsNotThereIsOneSentenceNamingTheAddress() throws IOException {
        int port = freePort();
        String m = failure(request("jdbc:postgresql://localhost:" + port + "/postgres", "cdnow", null, CDNOW),
                ProgressListener.NONE);
        assertThat(m).startsWith("Cannot connect to the database at jdbc:postgresql://localhost:" + port
                + "/postgres");
    }

    @Test
    void aPasswordInTheUrlIsRefusedBeforeTheDriverCanLogIt() {
        String url = "jdbc:postgresql://localhost:" + db.port() + "/postgres?user=analyst&password="
                + SourceDatabase.PASSWORD;
        String m = failure(request(url, "cdnow", null, CDNOW), ProgressListener.NONE);
        assertThat(m).startsWith("The URL jdbc:postgresql://localhost:" + db.port() + "/postgres carries a password");
        assertThat(logged).noneMatch(r -> r.contains("Connecting with URL"));
    }

    @Test
    void anUnknownDatabaseSaysSo() {
        String url = "jdbc:postgresql://localhost:" + db.port() + "/no_such_shop";
        assertThat(failure(request(url, "cdnow", null, CDNOW), ProgressListener.NONE))
                .contains("does not exist").contains("no_such_shop");
    }

    @Test
    void anUrlNoDriverTakesNamesTheMissingDriver() {
        assertThat(failure(request("jdbc:nosuchdb://host/x", "cdnow", null, CDNOW), ProgressListener.NONE))
                .startsWith("No JDBC driver here accepts jdbc:nosuchdb://host/x");
    }

    @Test
    void anUnknownTableSaysSo() {
        assertThat(failure(request(db.url(), "orders", null, CDNOW), ProgressListener.NONE))
                .startsWith("There is no table or view orders in the database");
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThereAre() {
        Map<String, String> cols = Map.of("customer", "customer_id", "date", "purchase_date", "amount", "revenue");
        assertThat(failure(request(db.url(), "cdnow", null, cols), ProgressListener.NONE))
                .isEqualTo("Table cdnow has no column \"revenue\" for the amount (its columns: master_id,"
                        + " customer_id, purchase_date, cds, dollars).");
    }

    @Test
    void aTextColumnMappedAsTheDateIsRefusedWithTheWayOut() {
        Map<String, String> cols = Map.of("customer", "customer_id", "date", "master_id", "amount", "dollars");
        assertThat(failure(request(db.url(), "cdnow", null, cols), ProgressListener.NONE))
                .startsWith("The date column \"master_id\" holds text values; it must be a date or timestamp");
    }

    @Test
    void aQueryThatChangesDataIsRefusedBeforeItRuns() throws SQLException {
        long rows = db.queryLong("SELECT COUNT(*) FROM cdnow");
        assertThat(failure(request(db.url(), null, "DELETE FROM cdnow RETURNING *", CDNOW), ProgressListener.NONE))
                .startsWith("The query starts with DELETE: a database import reads with one SELECT");
        assertThat(failure(request(db.url(), null, "SELECT * FROM cdnow; DROP TABLE cdnow", CDNOW),
                ProgressListener.NONE)).startsWith("The query holds more than one statement");
        assertThat(db.queryLong("SELECT COUNT(*) FROM cdnow")).isEqualTo(rows);
    }

    @Test
    void aDataChangeInsideASelectIsRefusedByTheReadOnlyConnection() throws SQLException {
        db.execute("CREATE SEQUENCE IF NOT EXISTS order_numbers");
        db.execute("GRANT USAGE, SELECT, UPDATE ON SEQUENCE order_numbers TO analyst");
        long next = db.queryLong("SELECT last_value FROM order_numbers");
        String query = "SELECT nextval('order_numbers') AS n, * FROM cdnow";
        assertThat(failure(request(db.url(), null, query, CDNOW), ProgressListener.NONE))
                .startsWith("The query tries to change data, but a database import only reads (the connection is"
                        + " read-only): cannot execute nextval()");
        assertThat(db.queryLong("SELECT last_value FROM order_numbers")).isEqualTo(next);
    }

    @Test
    void aDeleteHiddenInAWithQueryIsRefusedByTheDatabase() throws SQLException {
        long rows = db.queryLong("SELECT COUNT(*) FROM cdnow");
        String query = "WITH gone AS (DELETE FROM cdnow RETURNING *) SELECT * FROM gone";
        assertThat(failure(request(db.url(), null, query, CDNOW), ProgressListener.NONE))
                .startsWith("The database reported an error while reading the query: WITH clause containing a"
                        + " data-modifying statement");
        assertThat(db.queryLong("SELECT COUNT(*) FROM cdnow")).isEqualTo(rows);
    }

    @Test
    void aTableTheUserMayNotReadIsPermissionDenied() throws SQLException {
        db.execute("CREATE TABLE IF NOT EXISTS secret_orders AS SELECT * FROM cdnow");
        db.execute("REVOKE ALL ON secret_orders FROM analyst");
        assertThat(failure(request(db.url(), "secret_orders", null, CDNOW), ProgressListener.NONE))
                .startsWith("Permission denied while reading table secret_orders");
    }

    @Test
    void aCancelWhileTheDatabaseAggregatesStopsTheStatementAndStoresNothing() {
        // the database sleeps 30 s before it returns a row: the cancel must stop the running statement
        String slow = "SELECT c.* FROM cdnow c CROSS JOIN (SELECT pg_sleep(30)) s";
        AtomicBoolean counting = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            private long since;

            @Override
            public void progress(long done, long total, String message) {
                if (message != null && message.startsWith("Counting") && !counting.getAndSet(true)) {
                    since = System.nanoTime();
                }
            }

            @Override
            public boolean isCancelled() {
                return counting.get() && System.nanoTime() - since > 300_000_000L;
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> new DatabaseImportService(workspace).importDatabase(
                request(db.url(), null, slow, CDNOW), listener)).isInstanceOf(CancelledException.class);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
        failure(request(db.url(), null, slow, CDNOW), new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        });
    }

    @Test
    void aCancelWhileRowsArriveStoresNothing() {
        AtomicBoolean reading = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (message != null && message.startsWith("Reading from")) {
                    reading.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return reading.get();
            }
        };
        assertThat(failure(request(db.url(), "cdnow", null, CDNOW), listener)).isNotNull();
        assertThat(reading).isTrue();
    }

    @Test
    void aCancelWhileSummaryRowsArriveRemovesTheCustomersAlreadyWritten() {
        AtomicBoolean reading = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (message != null && message.startsWith("Reading from")) {
                    reading.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return reading.get();
            }
        };
        DatabaseImportRequest summary = new DatabaseImportRequest(db.url(), SourceDatabase.USER,
                SourceDatabase.PASSWORD, "cdnow", null, DatabaseImportRequest.Mode.SUMMARY, null, null, CDNOW);
        assertThat(failure(summary, listener)).isNotNull();
        assertThat(reading).isTrue();
    }
}
