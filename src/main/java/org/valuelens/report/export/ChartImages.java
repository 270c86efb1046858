package org.valuelens.report.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to images without a screen: PNG at a layout size times a pixel scale (1× screen, 2× retina,
 * slide size 1920×1080), and SVG (Apache Batik, see {@link SvgCharts}) for lossless slides and documents.
 */
public final class ChartImages {
    /** Slide width in pixels (16:9, full HD). */
    public static final int SLIDE_WIDTH = 1920;
    /** Slide height in pixels. */
    public static final int SLIDE_HEIGHT = 1080;

    private ChartImages() {
    }

    /**
     * Draws the chart laid out at {@code width × height} points into an image {@code scale} times larger, so text
     * keeps its proportions and gets sharper.
     *
     * @param chart  the chart ({@code null} not permitted)
     * @param width  layout width in points ({@code > 0})
     * @param height layout height in points ({@code > 0})
     * @param scale  pixels per point ({@code >= 1})
     * @return an ARGB image of {@code width·scale × height·scale} pixels
     */
    public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        Objects.requireNonNull(chart, "chart");
        if (width <= 0 || height <= 0 || !(scale >= 1)) {
            throw new IllegalArgumentException("width and height must be positive and scale >= 1");
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes a PNG.
     *
     * @param chart  the chart
     * @param file   target file (parent folders are created)
     * @param width  layout width in points
     * @param height layout height in points
     * @param scale  pixels per point (1 screen, 2 retina)
     * @return the file
     * @throws IOException when the file cannot be written
     */
    public static Path writePng(JFreeChart chart, Path file, int width, int height, double scale)
            throws IOException {
        createParent(file);
        ImageIO.write(render(chart, width, height, scale), "png", file.toFile());
        return file;
    }

    /**
     * Writes a slide-size PNG (1920×1080 pixels, laid out at 960×540 points and drawn at 2×).
     *
     * @param chart the chart
     * @param file  target file
     * @return the file
     * @throws IOException when the file cannot be written
     */
    public static Path writeSlidePng(JFreeChart chart, Path file) throws IOException {
        return writePng(chart, file, SLIDE_WIDTH / 2, SLIDE_HEIGHT / 2, 2.0);
    }

    /**
     * Writes an SVG.
     *
     * @param chart  the chart
     * @param file   target file
     * @param width  width in points
     * @param height height in points
     * @return the file
     * @throws IOException when the file cannot be written
     */
    public static Path writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        String svg = SvgCharts.svg(chart, width, height);
        createParent(file);
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Sets the rendering hints every export uses (antialiased shapes and text), so PNG and SVG look alike.
     *
     * @param g the graphics to draw a chart on
     */
    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
