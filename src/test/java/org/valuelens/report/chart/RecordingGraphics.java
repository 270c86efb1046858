package org.valuelens.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.ext.awt.g2d.AbstractGraphics2D;
import org.apache.batik.ext.awt.g2d.GraphicContext;

/**
 * A Graphics2D that draws nothing and remembers, in image pixels, the box of every string and the bounds of every
 * stroked and filled shape (cut to the clip), with the paint it was drawn in: the geometry of a rendered chart.
 */
final class RecordingGraphics extends AbstractGraphics2D {

    /** One drawn string: its text, its box in image pixels and the clip it was drawn under. */
    record Text(String text, Rectangle2D box, Rectangle2D clip, Paint paint) {
    }

    /** One stroked ({@code filled == false}) or filled shape: its bounds in image pixels, cut to the clip. */
    record Mark(Rectangle2D box, Shape shape, boolean filled, Paint paint, int order) {
    }

    private static final Graphics2D METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    private final List<Text> texts;
    private final List<Mark> marks;

    RecordingGraphics() {
        super(false);
        this.gc = new GraphicContext();
        this.texts = new ArrayList<>();
        this.marks = new ArrayList<>();
    }

    private RecordingGraphics(RecordingGraphics parent) {
        super(parent);
        this.texts = parent.texts;
        this.marks = parent.marks;
    }

    List<Text> texts() {
        return texts;
    }

    List<Mark> marks() {
        return marks;
    }

    @Override
    public Graphics create() {
        return new RecordingGraphics(this);
    }

    @Override
    public void draw(Shape s) {
        Shape stroked = gc.getStroke().createStrokedShape(s);
        record(gc.getTransform().createTransformedShape(stroked), false);
    }

    @Override
    public void fill(Shape s) {
        record(gc.getTransform().createTransformedShape(s), true);
    }

    private void record(Shape device, boolean filled) {
        Rectangle2D box = device.getBounds2D();
        Shape clip = gc.getClip();
        if (clip != null) {
            Rectangle2D c = gc.getTransform().createTransformedShape(clip).getBounds2D();
            box = box.createIntersection(c);
            if (box.isEmpty()) {
                return;
            }
        }
        if (isInvisible(gc.getPaint())) {
            return;
        }
        marks.add(new Mark(box, device, filled, gc.getPaint(), marks.size()));
    }

    private static boolean isInvisible(Paint p) {
        return p instanceof Color c && c.getAlpha() == 0;
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null || str.isBlank()) {
            return;
        }
        TextLayout layout = new TextLayout(str, gc.getFont(), getFontRenderContext());
        Rectangle2D logical = new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent());
        addText(str, logical, x, y);
    }

    private void addText(String str, Rectangle2D logical, float x, float y) {
        AffineTransform at = new AffineTransform(gc.getTransform());
        at.translate(x, y);
        Rectangle2D box = at.createTransformedShape(logical).getBounds2D();
        Shape clip = gc.getClip();
        Rectangle2D c = clip == null ? null : gc.getTransform().createTransformedShape(clip).getBounds2D();
        if (!isInvisible(gc.getPaint())) {
            texts.add(new Text(str, box, c, gc.getPaint()));
        }
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder sb = new StringBuilder();
        for (char ch = iterator.first(); ch != AttributedCharacterIterator.DONE; ch = iterator.next()) {
            sb.append(ch);
        }
        iterator.first();
        TextLayout layout = new TextLayout(iterator, getFontRenderContext());
        addText(sb.toString(), new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent()), x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        addText("(glyphs)", g.getLogicalBounds(), x, y);
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        // images are not marks of a chart here
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        // images are not marks of a chart here
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        // images are not marks of a chart here
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.getDeviceConfiguration();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return new FontRenderContext(new AffineTransform(), true, true);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.getFontMetrics(f);
    }

    @Override
    public void setXORMode(Color c1) {
        // not used by charts
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // not used by charts
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
