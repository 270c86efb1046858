package org.valuelens.importer.jdbc;

import java.sql.SQLException;

/** Turns a JDBC error into one plain sentence, by its SQLSTATE class; never with the password in it. */
final class SqlErrors {

    private SqlErrors() {
    }

    /**
     * @param e       the error
     * @param spec    the connection (for the safe URL and to scrub the password)
     * @param doing   what was being done, e.g. "reading table public.orders"
     * @return one sentence
     */
    static String sentence(SQLException e, ConnectionSpec spec, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = spec.scrub(firstLine(e.getMessage()));
        String where = spec.safeUrl();
        if (state.startsWith("08")) {
            return "Cannot connect to the database at " + where + ": " + detail + ".";
        }
        if (state.startsWith("28")) {
            return "The database at " + where + " refused the login" + (spec.user() == null ? ""
                    : " of user " + spec.user()) + " (wrong user name or password?): " + detail + ".";
        }
        if ("3D000".equals(state)) {
            return "The database named in " + where + " does not exist: " + detail + ".";
        }
        if ("42501".equals(state)) {
            return "Permission denied while " + doing + ": " + detail + ".";
        }
        if ("25006".equals(state)) {
            return "The query tries to change data, but a database import only reads (the connection is"
                    + " read-only): " + detail + ".";
        }
        if ("42P01".equals(state) || "42S02".equals(state)) {
            return "Unknown table while " + doing + ": " + detail + ".";
        }
        if ("42703".equals(state) || "42S22".equals(state)) {
            return "Unknown column while " + doing + ": " + detail + ".";
        }
        return "The database reported an error while " + doing + ": " + detail + ".";
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        s = nl >= 0 ? s.substring(0, nl).strip() : s;
        if (s.startsWith("ERROR: ") || s.startsWith("FATAL: ")) {
            s = s.substring(7);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
