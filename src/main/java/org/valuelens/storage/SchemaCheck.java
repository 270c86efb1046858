package org.valuelens.storage;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a workspace's schema is already at the newest migration on the class path, so that opening it
 * can skip Flyway (about 0.6 s of CPU in a fresh CLI process here, most of a quick command's time;
 * docs/decisions/0020-analysis-store.md). When in doubt (no history, a failed migration, migrations not listable)
 * the answer is "no" and Flyway runs as before, validating and migrating.
 */
final class SchemaCheck {

    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private SchemaCheck() {
    }

    /**
     * @param connection an open connection to the workspace
     * @return whether every migration on the class path is applied successfully
     */
    static boolean current(Connection connection) {
        int newest = newestMigration();
        if (newest < 0) {
            return false;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(CASE WHEN NOT \"success\" THEN 1 END),"
                     + " MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            return rs.next() && rs.getInt(2) == 0 && rs.getInt(1) == newest && rs.getInt(3) == newest;
        } catch (SQLException e) {
            return false;
        }
    }

    /** @return the highest version among the class path's migrations, -1 when they cannot be listed */
    static int newestMigration() {
        int newest = -1;
        try {
            Enumeration<URL> places = SchemaCheck.class.getClassLoader().getResources(LOCATION);
            while (places.hasMoreElements()) {
                newest = Math.max(newest, newestIn(places.nextElement()));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return -1;
        }
        return newest;
    }

    private static int newestIn(URL place) throws IOException, URISyntaxException {
        int newest = -1;
        if ("file".equals(place.getProtocol())) {
            String[] names = new File(place.toURI()).list();
            for (String name : names == null ? new String[0] : names) {
                newest = Math.max(newest, version(name));
            }
            return newest;
        }
        URLConnection c = place.openConnection();
        if (!(c instanceof JarURLConnection)) {
            throw new IOException("Cannot list " + place);
        }
        c.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) c).getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(LOCATION + "/")) {
                    newest = Math.max(newest, version(name.substring(LOCATION.length() + 1)));
                }
            }
        }
        return newest;
    }

    private static int version(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
