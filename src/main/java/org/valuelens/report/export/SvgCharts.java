package org.valuelens.report.export;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a chart as an SVG document with Apache Batik's SVG generator (Apache-2.0), on the JDK's own DOM, so only
 * {@code batik-svggen} and its small utility jars are bundled (see docs/decisions/0010-licence.md). Text stays text
 * (selectable, searchable), every shape the chart draws becomes one SVG element, and the rendering hints are those
 * of the PNG export, so both look the same.
 */
public final class SvgCharts {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SvgCharts() {
    }

    /**
     * Draws the chart laid out at {@code width × height} points into an SVG document of that size (with a matching
     * {@code viewBox}, so it scales cleanly).
     *
     * @param chart  the chart ({@code null} not permitted)
     * @param width  width in points ({@code > 0})
     * @param height height in points ({@code > 0})
     * @return the SVG document as text (UTF-8 XML, starting with the XML declaration)
     */
    public static String svg(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive");
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(newDocument());
        context.setComment("ValueLens chart");
        context.setEmbeddedFontsOn(false);
        context.setImageHandler(new PngDataImages());
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        ChartImages.smooth(g);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        return out.toString();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    /**
     * Embeds images as PNG data URIs written by the JDK's ImageIO: Batik's own image writers live in batik-codec,
     * which is not bundled.
     */
    private static final class PngDataImages extends ImageHandlerBase64Encoder {
        @Override
        public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new SVGGraphics2DIOException(e.getMessage());
            }
        }
    }
}
