package org.valuelens.importer.jdbc;

import java.util.Objects;

/**
 * Where a database import connects. The password is kept only in memory for the one connection: it is never
 * written anywhere, and {@link #toString()} and {@link #safeUrl()} leave it (and any credentials in the URL) out.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://host:5432/shop} ({@code null} not permitted)
 * @param user     the user name, {@code null} = none (or in the URL)
 * @param password the password, {@code null} = none
 */
public record ConnectionSpec(String url, String user, String password) {

    /** Checks the URL. */
    public ConnectionSpec {
        Objects.requireNonNull(url, "url");
    }

    /**
     * @return the URL without anything that may carry credentials: user info before {@code @} and every parameter
     *         after {@code ?} or {@code ;}
     */
    public String safeUrl() {
        String u = url.strip();
        int cut = u.length();
        for (char c : new char[] {'?', ';'}) {
            int i = u.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        u = u.substring(0, cut);
        int scheme = u.indexOf("//");
        int at = u.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            u = u.substring(0, scheme + 2) + u.substring(at + 1);
        }
        return u;
    }

    /**
     * @param text any text (an error message), {@code null} permitted
     * @return the text with the password (when one is set) replaced by asterisks
     */
    public String scrub(String text) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, "********");
    }

    @Override
    public String toString() {
        return "ConnectionSpec[" + safeUrl() + (user == null ? "" : ", user " + user) + "]";
    }
}
