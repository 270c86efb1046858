package org.valuelens.gui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.valuelens.report.export.ChartImages;
import org.valuelens.report.export.SvgCharts;
import org.valuelens.report.export.TableExport;

/**
 * The export commands behind the chart and table menus of every page (see {@link ExportMenus}): asks for a file
 * through the {@link DialogService}, then writes it on the {@link TaskExecutor}. No scene graph here, so it is
 * tested without a UI. FX thread only.
 *
 * <p>Charts are drawn into an image (or SVG text) on the FX thread, because the chart on screen is redrawn there
 * and a JFreeChart must not be drawn from two threads at once; only encoding and writing the file run in the
 * background. Tables are copied into plain rows on the FX thread and written in the background.
 */
public final class ExportActions {

    /** The chart outputs offered. */
    public enum ChartKind {
        /** PNG at the size shown on screen (1 pixel per point). */
        PNG_SCREEN,
        /** PNG at the on-screen layout, twice the pixels (sharp on retina screens and in documents). */
        PNG_2X,
        /** PNG of 1920×1080 pixels (laid out at 960×540 points, drawn at 2×) for slides. */
        PNG_SLIDE,
        /** SVG vector image at the on-screen size. */
        SVG
    }

    /** The table outputs offered. */
    public enum TableKind {
        /** Excel workbook with number formats, frozen header and autofilter. */
        XLSX,
        /** UTF-8 CSV with BOM. */
        CSV
    }

    /**
     * A table to export that is not shown as a {@code TableView} (e.g. the data behind a chart).
     *
     * @param name    suggested file and sheet name
     * @param columns header texts and formats
     * @param rows    cell values, one list per row (copied)
     */
    public record Table(String name, List<TableExport.Column> columns, List<List<Object>> rows) {
        /** Copies the lists. */
        public Table {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<String> currency;
    private Consumer<String> onDone = text -> { };

    /**
     * @param tasks    writes the files ({@code null} not permitted)
     * @param dialogs  file choosers and error messages ({@code null} not permitted)
     * @param i18n     texts ({@code null} not permitted)
     * @param currency the currency symbol for money cells in .xlsx ({@code null} not permitted; may return "")
     */
    public ExportActions(TaskExecutor tasks, DialogService dialogs, I18n i18n, Supplier<String> currency) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** @return the texts, for the menus */
    public I18n i18n() {
        return i18n;
    }

    /** @return the current currency symbol (never {@code null}) */
    public String currency() {
        return Objects.requireNonNullElse(currency.get(), "");
    }

    /**
     * @param onDone receives a one-line "saved …" / "copied" message after every export of this instance
     *               ({@code null} = ignore)
     */
    public void setOnDone(Consumer<String> onDone) {
        this.onDone = onDone == null ? text -> { } : onDone;
    }

    // Charts //

    /**
     * Asks for a file and saves the chart in it.
     *
     * @param chart    the chart ({@code null} does nothing)
     * @param kind     the output
     * @param width    on-screen width in points (values below 1 become 1)
     * @param height   on-screen height in points
     * @param baseName suggested file name without extension
     */
    public void saveChart(JFreeChart chart, ChartKind kind, double width, double height, String baseName) {
        saveChart(chart, kind, width, height, baseName, null);
    }

    /**
     * Asks for a file and saves the chart in it, then tells {@code note} as well as the {@link #setOnDone} listener.
     *
     * @param chart    the chart ({@code null} does nothing)
     * @param kind     the output
     * @param width    on-screen width in points (values below 1 become 1)
     * @param height   on-screen height in points
     * @param baseName suggested file name without extension
     * @param note     receives the "saved …" line ({@code null} permitted)
     */
    public void saveChart(JFreeChart chart, ChartKind kind, double width, double height, String baseName,
                          Consumer<String> note) {
        if (chart == null) {
            return;
        }
        boolean svg = kind == ChartKind.SVG;
        String ext = svg ? ".svg" : ".png";
        FileFilter filter = svg ? new FileFilter(i18n.get("export.filter.svg"), List.of("*.svg"))
                : new FileFilter(i18n.get("export.filter.png"), List.of("*.png"));
        Optional<Path> target = dialogs.chooseFileToSave(i18n.get("export.chooser.chart"),
                fileName(baseName) + ext, List.of(filter));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), ext);
        int w = Math.max(1, (int) Math.round(width));
        int h = Math.max(1, (int) Math.round(height));
        if (svg) {
            String text = svg(chart, w, h);
            write(file, () -> Files.writeString(createParent(file), text, StandardCharsets.UTF_8), note);
        } else {
            BufferedImage image = image(chart, kind, w, h);
            write(file, () -> {
                try (OutputStream out = Files.newOutputStream(createParent(file))) {
                    ImageIO.write(image, "png", out);
                }
            }, note);
        }
    }

    /**
     * Draws a chart as an image (FX thread, see the class comment).
     *
     * @param chart  the chart ({@code null} not permitted)
     * @param kind   a PNG kind (SVG is treated as {@link ChartKind#PNG_SCREEN})
     * @param width  on-screen width in points ({@code > 0})
     * @param height on-screen height in points ({@code > 0})
     * @return the image: {@code width×height}, twice that, or 1920×1080 pixels
     */
    public static BufferedImage image(JFreeChart chart, ChartKind kind, int width, int height) {
        return switch (kind) {
            case PNG_2X -> ChartImages.render(chart, width, height, 2.0);
            case PNG_SLIDE -> ChartImages.render(chart, ChartImages.SLIDE_WIDTH / 2, ChartImages.SLIDE_HEIGHT / 2,
                    2.0);
            default -> ChartImages.render(chart, width, height, 1.0);
        };
    }

    /**
     * @param chart  the chart ({@code null} not permitted)
     * @param width  width in points
     * @param height height in points
     * @return the chart as an SVG document
     */
    public static String svg(JFreeChart chart, int width, int height) {
        return SvgCharts.svg(chart, width, height);
    }

    /**
     * Reports a copied image (the copy itself needs the scene's clipboard, see {@link ExportMenus}).
     *
     * @param note also receives the message ({@code null} permitted)
     */
    void copied(Consumer<String> note) {
        done(i18n.get("export.copied"), note);
    }

    // Tables //

    /**
     * Asks for a file and writes the rows in it.
     *
     * @param kind      .xlsx or CSV
     * @param baseName  suggested file name without extension, also the sheet name
     * @param columns   header texts and cell formats
     * @param rows      cell values (String, Number, LocalDate, … as {@link TableExport} takes them); copied
     */
    public void saveTable(TableKind kind, String baseName, List<TableExport.Column> columns,
                          List<? extends List<?>> rows) {
        saveTable(kind, baseName, columns, rows, null);
    }

    /**
     * Asks for a file and writes the rows in it, then tells {@code note} as well as the {@link #setOnDone} listener.
     *
     * @param kind      .xlsx or CSV
     * @param baseName  suggested file name without extension, also the sheet name
     * @param columns   header texts and cell formats
     * @param rows      cell values; copied
     * @param note      receives the "saved …" line ({@code null} permitted)
     */
    public void saveTable(TableKind kind, String baseName, List<TableExport.Column> columns,
                          List<? extends List<?>> rows, Consumer<String> note) {
        boolean xlsx = kind == TableKind.XLSX;
        String ext = xlsx ? ".xlsx" : ".csv";
        FileFilter filter = xlsx ? new FileFilter(i18n.get("export.filter.xlsx"), List.of("*.xlsx"))
                : new FileFilter(i18n.get("export.filter.csv"), List.of("*.csv"));
        Optional<Path> target = dialogs.chooseFileToSave(i18n.get("export.chooser.table"),
                fileName(baseName) + ext, List.of(filter));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), ext);
        List<TableExport.Column> cols = List.copyOf(columns);
        List<List<?>> copy = new ArrayList<>(rows);
        String cur = currency();
        String sheet = baseName == null || baseName.isBlank() ? "table" : baseName;
        write(file, () -> {
            if (xlsx) {
                TableExport.writeXlsx(file, sheet, cur, cols, copy);
            } else {
                TableExport.writeCsv(file, cols, copy);
            }
        }, note);
    }

    // Helpers //

    /** A file write that may fail. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void write(Path file, Write w, Consumer<String> note) {
        String name = String.valueOf(file.getFileName());
        BackgroundJob<Path> job = p -> {
            w.run();
            return file;
        };
        TaskCallbacks<Path> callbacks = TaskCallbacks.of(f -> done(i18n.format("export.saved", name), note),
                e -> dialogs.showError(i18n.format("export.error.write", name), e));
        if (tasks instanceof TrackingTaskExecutor tracking) {
            tracking.submit(i18n.format("export.saving", name), job, callbacks);
        } else {
            tasks.submit(job, callbacks);
        }
    }

    private void done(String text, Consumer<String> note) {
        onDone.accept(text);
        if (note != null) {
            note.accept(text);
        }
    }

    private static Path createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }

    /**
     * @param file a chosen file
     * @param ext  the extension with its dot, lower case
     * @return the file, with {@code ext} appended when it does not end with it (any case)
     */
    static Path withExtension(Path file, String ext) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
    }

    /**
     * @param base a suggested name ({@code null} permitted)
     * @return a file-system-safe name: letters (any script), digits, '-' and '_'; "export" when nothing is left
     */
    static String fileName(String base) {
        String s = base == null ? "" : base.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "export" : s;
    }
}
