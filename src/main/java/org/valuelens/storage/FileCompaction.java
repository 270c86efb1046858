package org.valuelens.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Shrinks the workspace file when it is closed and more than half of it is dead space. The workspace writes append
 * only ({@code REUSE_SPACE=FALSE}, docs/decisions/0043-append-only-workspace-file.md), so deleted datasets and
 * rewritten pages stay in the file until it is compacted; H2's {@code SHUTDOWN COMPACT} copies the live data into
 * a new file and replaces the old one (a process killed meanwhile leaves the old file, which H2 tidies up on the
 * next open).
 */
final class FileCompaction {

    /** Files smaller than this are left as they are: the copy would cost more than the space it frees. */
    static final long MIN_FILE_BYTES = 32L << 20;
    /** Compact when less than this share of the file holds live data. */
    static final double MAX_LIVE_SHARE = 0.5;

    private FileCompaction() {
    }

    /**
     * Closes the database behind {@code connection} with a compaction when it is worth it and no other connection
     * is open; otherwise does nothing (the caller closes the connection as usual).
     *
     * @param connection the workspace's connection
     * @return whether the database was compacted and closed
     */
    static boolean closeCompactedIfWasteful(Connection connection) {
        try (Statement st = connection.createStatement()) {
            if (!wasteful(st, MIN_FILE_BYTES) || otherSessions(st)) {
                return false;
            }
            st.execute("SHUTDOWN COMPACT");
            return true;
        } catch (SQLException e) {
            // no compaction: the file keeps its dead space until a later close
            return false;
        }
    }

    /**
     * @param st       a statement on the workspace's connection
     * @param minBytes smaller files are never wasteful
     * @return whether the file is at least {@code minBytes} and mostly dead space, by H2's own fill rates
     */
    static boolean wasteful(Statement st, long minBytes) throws SQLException {
        long size = 0;
        double blocksUsed = 100;
        double chunksLive = 100;
        try (ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                long value = Long.parseLong(rs.getString(2).trim());
                switch (rs.getString(1)) {
                    case "info.FILE_SIZE" -> size = value;
                    case "info.FILL_RATE" -> blocksUsed = value;
                    default -> chunksLive = value;
                }
            }
        }
        double liveShare = blocksUsed / 100 * (chunksLive / 100);
        return size >= minBytes && liveShare < MAX_LIVE_SHARE;
    }

    private static boolean otherSessions(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() && rs.getLong(1) > 1;
        }
    }
}
