package org.valuelens.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * An .xlsx package opened read-only with POI's OPC layer: sheet names and parts in workbook order, and (loaded on
 * first use) the shared strings, which cell styles are dates, and the 1904 date system flag. The sheets
 * themselves are read by {@link XlsxSheetCursor} with a plain StAX parser.
 */
final class XlsxWorkbook implements Closeable {
    /** One factory per workbook (factories are not promised to be thread-safe), shared by its sheets. */
    final XMLInputFactory xml = newFactory();

    final List<String> sheetNames = new ArrayList<>();
    private final List<PackagePart> sheetParts = new ArrayList<>();
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private String[] sharedStrings;
    private boolean[] dateStyles;
    private boolean date1904;

    private XlsxWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            sheetNames.add(it.getSheetName());
            sheetParts.add(it.getSheetPart());
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * @param file an .xlsx/.xlsm file
     * @return the open package (close it)
     * @throws IOException when it is not a readable workbook
     */
    static XlsxWorkbook open(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not an Excel workbook: " + e.getMessage(), e);
        }
        try {
            return new XlsxWorkbook(pkg);
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            pkg.revert();
            throw e instanceof IOException ? (IOException) e : new IOException(e.getMessage(), e);
        }
    }

    /** Loads shared strings, styles and the date system once. */
    void loadTables() throws IOException {
        if (sharedStrings != null) {
            return;
        }
        try {
            date1904 = readDate1904();
            dateStyles = readDateStyles();
            sharedStrings = readSharedStrings();
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** @return shared string by index ({@link #loadTables()} first) */
    String[] sharedStrings() {
        return sharedStrings;
    }

    /** @return whether the cell style with this index has a date format ({@link #loadTables()} first) */
    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    /** @return whether serial numbers count from 1904 ({@link #loadTables()} first) */
    boolean date1904() {
        return date1904;
    }

    /** @param sheet index in {@link #sheetNames} @return the sheet's XML, uncompressed (close it) */
    InputStream sheetData(int sheet) throws IOException {
        return sheetParts.get(sheet).getInputStream();
    }

    /** @param sheet index in {@link #sheetNames} @return uncompressed bytes of the sheet's XML, -1 unknown */
    long sheetSize(int sheet) {
        return sheetParts.get(sheet).getSize();
    }

    private boolean readDate1904() throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if ("workbookPr".equals(name)) {
                            String v = x.getAttributeValue(null, "date1904");
                            return "1".equals(v) || "true".equalsIgnoreCase(v);
                        }
                        if ("sheets".equals(name)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                x.close();
            }
        }
    }

    private boolean[] readDateStyles() throws IOException, OpenXML4JException {
        StylesTable styles = reader.getStylesTable();
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            String format = style == null ? null : style.getDataFormatString();
            dates[i] = format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        }
        return dates;
    }

    /** Each {@code <si>}: the text of its {@code <t>} elements, phonetic runs ({@code <rPh>}) left out. */
    private String[] readSharedStrings() throws IOException, OpenXML4JException, XMLStreamException {
        Iterator<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml").iterator();
        if (!parts.hasNext()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        try (InputStream in = parts.next().getInputStream()) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                StringBuilder text = new StringBuilder();
                int phonetic = 0;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        if ("si".equals(name)) {
                            text.setLength(0);
                        } else if ("rPh".equals(name)) {
                            phonetic++;
                        } else if ("t".equals(name) && phonetic == 0) {
                            text.append(x.getElementText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = x.getLocalName();
                        if ("si".equals(name)) {
                            out.add(text.toString());
                        } else if ("rPh".equals(name)) {
                            phonetic--;
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return out.toArray(new String[0]);
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
