package org.valuelens.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Throw-away comparison of insert strategies (run with -Pbench); figures go to docs/decisions/0003. */
@Tag("bench")
public class InsertVariantsBench {

    @TempDir
    Path dir;

    static final int N = 1_000_000;
    static int[] cust = new int[N];
    static int[] day = new int[N];
    static double[] amount = new double[N];

    @Test
    void compare() throws Exception {
        Random r = new Random(1);
        for (int i = 0; i < N; i++) {
            cust[i] = r.nextInt(100_000);
            day[i] = 18000 + r.nextInt(730);
            amount[i] = Math.exp(r.nextGaussian() + 3);
        }
        String only = System.getProperty("variants", "A,B,C,E,F,G,H");
        for (int rep = 0; rep < 3; rep++) {
            for (String v : only.split(",")) {
                run(v, rep);
            }
        }
    }

    /** H2 table function over the static arrays, rows [from, to). */
    public static java.sql.ResultSet batchRows(Connection conn, int from, int to) {
        org.h2.tools.SimpleResultSet rs = new org.h2.tools.SimpleResultSet();
        rs.addColumn("C", Types.INTEGER, 10, 0);
        rs.addColumn("D", Types.INTEGER, 10, 0);
        rs.addColumn("A", Types.DOUBLE, 17, 0);
        rs.addColumn("R", Types.BIGINT, 19, 0);
        try {
            if (conn.getMetaData().getURL().equals("jdbc:columnlist:connection")) {
                return rs;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int i = from; i < to; i++) {
            rs.addRow(cust[i], day[i], amount[i], (long) i);
        }
        return rs;
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    void run(String v, int rep) throws Exception {
        String settings = v.equals("F") ? ";LOCK_MODE=0;CACHE_SIZE=262144" : ";LOCK_MODE=0";
        String url = "jdbc:h2:file:" + dir.resolve(v + rep).resolve("db") + settings;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE wide (dataset_id INT NOT NULL, customer_key INT NOT NULL,"
                        + " epoch_day INT NOT NULL,"
                        + " day_second INT NOT NULL, amount DOUBLE PRECISION NOT NULL, quantity DOUBLE PRECISION,"
                        + " unit_price DOUBLE PRECISION, cost DOUBLE PRECISION, channel VARCHAR(1000),"
                        + " invoice VARCHAR(1000), source_row BIGINT NOT NULL, is_return BOOLEAN NOT NULL)");
                s.execute("CREATE TABLE narrow (dataset_id INT NOT NULL, customer_key INT NOT NULL,"
                        + " epoch_day INT NOT NULL, day_second INT NOT NULL, amount DOUBLE PRECISION NOT NULL)");
            }
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            c.setAutoCommit(!v.equals("A") && !v.equals("C") && !v.equals("K"));
            int batch = v.equals("H") ? 32768 : 8192;
            if (v.equals("C") || v.equals("G")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO narrow VALUES (?, ?, ?, ?, ?)")) {
                    ps.setInt(1, 1);
                    for (int i = 0; i < N; i++) {
                        ps.setInt(2, cust[i]);
                        ps.setInt(3, day[i]);
                        ps.setInt(4, 0);
                        ps.setDouble(5, amount[i]);
                        ps.addBatch();
                        if ((i + 1) % batch == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            } else if (v.equals("T")) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE ALIAS BATCH_ROWS FOR \"" + InsertVariantsBench.class.getName()
                            + ".batchRows\"");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO wide SELECT 1, C, D, 0, A, NULL, NULL,"
                        + " NULL, NULL, NULL, R, FALSE FROM BATCH_ROWS(?, ?)")) {
                    for (int from = 0; from < N; from += batch) {
                        ps.setInt(1, from);
                        ps.setInt(2, Math.min(N, from + batch));
                        ps.executeUpdate();
                    }
                }
            } else if (v.equals("E") || v.equals("K")) {
                int per = 64;
                StringBuilder sb = new StringBuilder("INSERT INTO wide VALUES ");
                for (int k = 0; k < per; k++) {
                    sb.append(k == 0 ? "" : ",").append("(1,?,?,0,?,NULL,NULL,NULL,NULL,NULL,?,FALSE)");
                }
                try (PreparedStatement ps = c.prepareStatement(sb.toString())) {
                    int i = 0;
                    for (; i + per <= N; i += per) {
                        for (int k = 0; k < per; k++) {
                            ps.setInt(4 * k + 1, cust[i + k]);
                            ps.setInt(4 * k + 2, day[i + k]);
                            ps.setDouble(4 * k + 3, amount[i + k]);
                            ps.setLong(4 * k + 4, i + k);
                        }
                        ps.addBatch();
                        if ((i / per + 1) % 128 == 0) {
                            ps.executeBatch();
                            if (v.equals("K")) {
                                c.commit();
                            }
                        }
                    }
                    ps.executeBatch();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO wide VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setInt(1, 1);
                    for (int i = 0; i < N; i++) {
                        ps.setInt(2, cust[i]);
                        ps.setInt(3, day[i]);
                        ps.setInt(4, 0);
                        ps.setDouble(5, amount[i]);
                        ps.setNull(6, Types.DOUBLE);
                        ps.setNull(7, Types.DOUBLE);
                        ps.setNull(8, Types.DOUBLE);
                        ps.setNull(9, Types.VARCHAR);
                        ps.setNull(10, Types.VARCHAR);
                        ps.setLong(11, i);
                        ps.setBoolean(12, false);
                        ps.addBatch();
                        if ((i + 1) % batch == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            System.out.printf("variant %s rep %d: %.2f s wall, %.2f s cpu%n", v, rep, (System.nanoTime() - t0) / 1e9,
                    (cpu() - cpu0) / 1e9);
        }
    }
}
