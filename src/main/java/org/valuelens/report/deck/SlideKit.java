package org.valuelens.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.valuelens.report.chart.ChartStyle;
import org.valuelens.report.chart.ScriptFonts;

/**
 * The deck's drawing vocabulary on a 960 × 540 pt (16:9) slide: title bar, text boxes, cards, tables, pictures,
 * footer and speaker notes, all in one font and the {@link ChartStyle} colours.
 */
final class SlideKit {
    /** Slide width in points. */
    static final double WIDTH = 960;
    /** Slide height in points. */
    static final double HEIGHT = 540;
    /** Left and right margin. */
    static final double MARGIN = 36;
    /** Top of the content area (below the title bar and the takeaway line). */
    static final double TOP = 108;
    /** Bottom of the content area (above the footer). */
    static final double BOTTOM = 500;
    static final Color ACCENT = ChartStyle.PALETTE[0];
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x5F6368);
    static final Color CARD = new Color(0xF2F5F9);
    static final Color RULE = new Color(0xD0D7E0);
    private static final String LATIN = "Calibri";

    private final XMLSlideShow ppt;
    private final boolean cjk;
    /** Office's CJK family for the language (YaHei for Simplified, JhengHei for Traditional Chinese). */
    private final String eastAsian;

    SlideKit(XMLSlideShow ppt, java.util.Locale locale) {
        this.ppt = ppt;
        this.eastAsian = ScriptFonts.officeEastAsian(locale);
        this.cjk = eastAsian != null;
    }

    /**
     * A content slide: blue title bar with the title, a takeaway line under it, and the footer.
     *
     * @param title    slide title
     * @param takeaway one-sentence message ({@code null} for none)
     * @param footer   footer text (left)
     * @param page     page label (right)
     * @return the slide
     */
    XSLFSlide contentSlide(String title, String takeaway, String footer, String page) {
        XSLFSlide slide = ppt.createSlide();
        rect(slide, new Rectangle2D.Double(0, 0, WIDTH, 64), ACCENT);
        XSLFTextBox t = text(slide, new Rectangle2D.Double(MARGIN - 6, 8, WIDTH - 2 * MARGIN + 12, 48), title, 28,
                Color.WHITE, true, TextAlign.LEFT);
        t.setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (takeaway != null) {
            XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN - 6, 67, WIDTH - 2 * MARGIN + 12, 40),
                    takeaway, 14, MUTED, false, TextAlign.LEFT);
            box.setVerticalAlignment(VerticalAlignment.MIDDLE);
            box.setInsets(new Insets2D(1, 6, 1, 6));
        }
        footer(slide, footer, page);
        return slide;
    }

    void footer(XSLFSlide slide, String left, String right) {
        rect(slide, new Rectangle2D.Double(MARGIN, 510, WIDTH - 2 * MARGIN, 0.75), RULE);
        text(slide, new Rectangle2D.Double(MARGIN - 6, 512, 700, 22), left, 10, MUTED, false, TextAlign.LEFT);
        text(slide, new Rectangle2D.Double(WIDTH - MARGIN - 194, 512, 200, 22), right, 10, MUTED, false,
                TextAlign.RIGHT);
    }

    XSLFAutoShape rect(XSLFSlide slide, Rectangle2D r, Color fill) {
        XSLFAutoShape s = slide.createAutoShape();
        s.setShapeType(ShapeType.RECT);
        s.setAnchor(r);
        s.setFillColor(fill);
        s.setLineColor(null);
        return s;
    }

    /**
     * A fixed-size text box; "\n" starts a new paragraph.
     *
     * @return the box
     */
    XSLFTextBox text(XSLFSlide slide, Rectangle2D r, String text, double size, Color color, boolean bold,
                     TextAlign align) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(r);
        box.setWordWrap(true);
        box.setTextAutofit(TextAutofit.NONE);
        box.setInsets(new Insets2D(3, 6, 3, 6));
        box.clearText();
        for (String line : text.split("\n", -1)) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setTextAlign(align);
            run(p, line, size, color, bold);
        }
        return box;
    }

    /** Adds a paragraph to a box. */
    XSLFTextParagraph paragraph(XSLFTextShape box, String text, double size, Color color, boolean bold) {
        XSLFTextParagraph p = box.addNewTextParagraph();
        run(p, text, size, color, bold);
        return p;
    }

    XSLFTextRun run(XSLFTextParagraph p, String text, double size, Color color, boolean bold) {
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        font(run, size, color, bold);
        return run;
    }

    private void font(XSLFTextRun run, double size, Color color, boolean bold) {
        run.setFontSize(size);
        run.setFontColor(color);
        run.setBold(bold);
        run.setFontFamily(LATIN);
        if (cjk) {
            run.setFontFamily(eastAsian, FontGroup.EAST_ASIAN);
        }
    }

    /**
     * A table with a blue header row and light rules.
     *
     * @param x        left
     * @param y        top
     * @param widths   column widths
     * @param rowH     row height
     * @param size     font size
     * @param header   header texts
     * @param rows     body rows
     * @param aligns   column alignments
     * @return the table
     */
    XSLFTable table(XSLFSlide slide, double x, double y, double[] widths, double rowH, double size, String[] header,
                    List<String[]> rows, TextAlign[] aligns) {
        XSLFTable table = slide.createTable(rows.size() + 1, widths.length);
        double w = 0;
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
            w += widths[c];
        }
        table.setAnchor(new Rectangle2D.Double(x, y, w, rowH * (rows.size() + 1)));
        for (int r = 0; r <= rows.size(); r++) {
            table.getRows().get(r).setHeight(rowH);
            String[] values = r == 0 ? header : rows.get(r - 1);
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = table.getCell(r, c);
                cell.clearText();
                cell.setInsets(new Insets2D(2, 4, 2, 4));
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                XSLFTextParagraph p = cell.addNewTextParagraph();
                p.setTextAlign(aligns[c]);
                run(p, values[c] == null ? "" : values[c], r == 0 ? size - 1 : size, r == 0 ? Color.WHITE : TEXT,
                        r == 0);
                cell.setFillColor(r == 0 ? ACCENT : r % 2 == 0 ? CARD : Color.WHITE);
                for (BorderEdge e : BorderEdge.values()) {
                    cell.setBorderWidth(e, e == BorderEdge.bottom ? 0.75 : 0);
                    cell.setBorderColor(e, e == BorderEdge.bottom ? RULE : Color.WHITE);
                }
            }
        }
        return table;
    }

    /**
     * A picture (PNG bytes) filling a box.
     *
     * @return the picture shape
     */
    XSLFPictureShape picture(XSLFSlide slide, byte[] png, Rectangle2D r) {
        XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape pic = slide.createPicture(data);
        pic.setAnchor(r);
        return pic;
    }

    /** Writes the speaker notes of a slide. */
    void notes(XSLFSlide slide, String text) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                for (String line : text.split("\n", -1)) {
                    XSLFTextParagraph p = shape.addNewTextParagraph();
                    XSLFTextRun run = p.addNewTextRun();
                    run.setText(line);
                    run.setFontSize(12.0);
                    if (cjk) {
                        run.setFontFamily(eastAsian, FontGroup.EAST_ASIAN);
                    }
                }
                return;
            }
        }
    }
}
