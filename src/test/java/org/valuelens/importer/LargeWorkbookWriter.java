package org.valuelens.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Online-Retail-shaped .xlsx of any number of rows in seconds, straight as sheet XML (POI's streaming
 * writer takes about a minute for 300,000 rows on a busy machine): InvoiceNo, StockCode, Description, Quantity,
 * InvoiceDate (a date cell with a custom "m/d/yyyy h:mm" style), UnitPrice, CustomerID (empty on every 7th row,
 * as in the real file), Country; texts are shared strings. Seeded, so the same arguments give the same file.
 */
public final class LargeWorkbookWriter {
    /** Every this many data rows has no customer id (row 7, 14, ... of the data). */
    public static final int NO_CUSTOMER_EVERY = 7;
    private static final int PRODUCTS = 4_000;
    private static final int CUSTOMERS = 4_300;
    private static final String[] COUNTRIES = {"United Kingdom", "France", "Germany", "EIRE", "Spain",
        "Netherlands", "Belgium", "Switzerland", "Portugal", "Australia"};
    /** 2010-12-01 as an Excel serial day. */
    private static final int FIRST_DAY = 40_513;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private LargeWorkbookWriter() {
    }

    /** @param rows data rows @return how many of them have a customer id */
    public static long rowsWithCustomer(long rows) {
        return rows - rows / NO_CUSTOMER_EVERY;
    }

    /**
     * @param target the .xlsx to write
     * @param rows   data rows (the header comes on top)
     * @param seed   random seed
     * @throws IOException when the file cannot be written
     */
    public static void write(Path target, int rows, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            part(zip, w, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/xl/workbook.xml", "sheet.main") + override("/xl/worksheets/sheet1.xml",
                    "worksheet") + override("/xl/styles.xml", "styles") + override("/xl/sharedStrings.xml",
                    "sharedStrings") + "</Types>");
            part(zip, w, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, w, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\">"
                    + "<sheets><sheet name=\"Online Retail\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, w, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "styles", "styles.xml")
                    + rel("rId3", "sharedStrings", "sharedStrings.xml") + "</Relationships>");
            part(zip, w, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
                    + "<numFmt numFmtId=\"164\" formatCode=\"m/d/yyyy h:mm\"/></numFmts><fonts count=\"1\"><font/>"
                    + "</fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"2\">"
                    + "<xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            for (String header : new String[] {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                "UnitPrice", "CustomerID", "Country"}) {
                w.write("<si><t>" + header + "</t></si>");
            }
            for (String country : COUNTRIES) {
                w.write("<si><t>" + country + "</t></si>");
            }
            for (int p = 0; p < PRODUCTS; p++) {
                w.write("<si><t>P" + (10_000 + p) + "</t></si><si><t>PRODUCT NUMBER " + p + " &amp; CO</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:H"
                    + (rows + 1) + "\"/><sheetData><row r=\"1\">");
            for (int c = 0; c < 8; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            Random random = new Random(seed);
            int firstProduct = 8 + COUNTRIES.length;
            for (int i = 1; i <= rows; i++) {
                int r = i + 1;
                int product = random.nextInt(PRODUCTS);
                w.write("<row r=\"" + r + "\">");
                w.write("<c r=\"A" + r + "\"><v>" + (536_365 + i / 20) + "</v></c>");
                w.write("<c r=\"B" + r + "\" t=\"s\"><v>" + (firstProduct + 2 * product) + "</v></c>");
                w.write("<c r=\"C" + r + "\" t=\"s\"><v>" + (firstProduct + 2 * product + 1) + "</v></c>");
                w.write("<c r=\"D" + r + "\"><v>" + (1 + random.nextInt(24)) + "</v></c>");
                double serial = FIRST_DAY + random.nextInt(373) + (8 + random.nextInt(10)) / 24.0;
                w.write("<c r=\"E" + r + "\" s=\"1\"><v>" + serial + "</v></c>");
                w.write("<c r=\"F" + r + "\"><v>" + (random.nextInt(2_000) + 10) / 100.0 + "</v></c>");
                if (i % NO_CUSTOMER_EVERY != 0) {
                    w.write("<c r=\"G" + r + "\"><v>" + (12_346 + random.nextInt(CUSTOMERS)) + "</v></c>");
                }
                w.write("<c r=\"H" + r + "\" t=\"s\"><v>" + (8 + random.nextInt(COUNTRIES.length)) + "</v></c>");
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
        w.flush();
        zip.closeEntry();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml." + type + "+xml\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + DOC_RELS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    /**
     * Not a test: {@code java -cp ... org.valuelens.importer.LargeWorkbookWriter OUT.xlsx ROWS} (for measuring).
     *
     * @param args the target file and the number of data rows
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), 20_101_201L);
    }
}
