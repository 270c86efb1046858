package org.valuelens.gui.common;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Popup;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.report.export.TableExport;

/**
 * One-line export hook-ups for the pages. {@link #chart} replaces a {@link ChartViewer}'s right-click menu with
 * "Save as PNG (screen size) / PNG 2× / PNG slide 1920×1080 / SVG / Copy image"; {@link #table} adds "Export as
 * Excel (.xlsx) / CSV" to a table's right-click menu. The work is done by {@link ExportActions}. FX thread only.
 *
 * <pre>{@code
 * ExportMenus.chart(histogram, model.exports());
 * ExportMenus.table(table, model.exports(), Format.GENERAL, Format.INTEGER, Format.CURRENCY);
 * }</pre>
 */
public final class ExportMenus {

    /** Style class of the short "saved …" note shown after an export. */
    public static final String NOTE_STYLE = "export-note";

    private ExportMenus() {
    }

    /**
     * Gives the chart viewer the export menu (its own English-only "Export As" menu is replaced).
     *
     * @param viewer  the viewer ({@code null} not permitted); its id is the suggested file name
     * @param exports the export commands ({@code null} not permitted)
     */
    public static void chart(ChartViewer viewer, ExportActions exports) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(exports, "exports");
        I18n i18n = exports.i18n();
        ContextMenu menu = viewer.getContextMenu();
        menu.getItems().setAll(
                chartItem("export-chart-png", i18n.get("export.chart.png"), viewer, exports,
                        ExportActions.ChartKind.PNG_SCREEN),
                chartItem("export-chart-png2x", i18n.get("export.chart.png2x"), viewer, exports,
                        ExportActions.ChartKind.PNG_2X),
                chartItem("export-chart-slide", i18n.get("export.chart.slide"), viewer, exports,
                        ExportActions.ChartKind.PNG_SLIDE),
                chartItem("export-chart-svg", i18n.get("export.chart.svg"), viewer, exports,
                        ExportActions.ChartKind.SVG),
                new SeparatorMenuItem(),
                item("export-chart-copy", i18n.get("export.chart.copy"), () -> copy(viewer, exports)));
        // added, not set: the viewer's own onShowing/onHidden handlers switch its chart tooltips off and on
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING,
                e -> menu.getItems().forEach(i -> i.setDisable(viewer.getChart() == null)));
    }

    /**
     * Copies the chart, at its on-screen size, to the system clipboard as an image.
     *
     * @param viewer  the viewer
     * @param exports where to report it
     * @return {@code true} when there was a chart to copy
     */
    public static boolean copy(ChartViewer viewer, ExportActions exports) {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return false;
        }
        var image = ExportActions.image(chart, ExportActions.ChartKind.PNG_SCREEN, size(viewer.getWidth()),
                size(viewer.getHeight()));
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        exports.copied(text -> note(viewer, text));
        return true;
    }

    /**
     * Saves the chart shown in the viewer (the menu items call this).
     *
     * @param viewer  the viewer
     * @param exports the export commands
     * @param kind    the output
     */
    public static void save(ChartViewer viewer, ExportActions exports, ExportActions.ChartKind kind) {
        exports.saveChart(viewer.getChart(), kind, size(viewer.getWidth()), size(viewer.getHeight()),
                viewer.getId() == null ? "chart" : viewer.getId(), text -> note(viewer, text));
    }

    private static MenuItem chartItem(String id, String text, ChartViewer viewer, ExportActions exports,
                                      ExportActions.ChartKind kind) {
        return item(id, text, () -> save(viewer, exports, kind));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static int size(double points) {
        return Math.max(1, (int) Math.round(points));
    }

    /**
     * Adds "Export data as Excel (.xlsx) / CSV" to a chart viewer's export menu (call after {@link #chart}), for
     * the table behind the chart.
     *
     * @param viewer  the viewer
     * @param exports the export commands
     * @param data    gives the table when chosen; {@code null} result = nothing to export yet
     */
    public static void chartData(ChartViewer viewer, ExportActions exports, Supplier<ExportActions.Table> data) {
        I18n i18n = exports.i18n();
        Runnable[] kinds = new Runnable[2];
        for (ExportActions.TableKind kind : ExportActions.TableKind.values()) {
            kinds[kind.ordinal()] = () -> {
                ExportActions.Table t = data.get();
                if (t != null) {
                    exports.saveTable(kind, t.name(), t.columns(), t.rows(), text -> note(viewer, text));
                }
            };
        }
        viewer.getContextMenu().getItems().addAll(new SeparatorMenuItem(),
                item("export-data-xlsx", i18n.get("export.data.xlsx"), kinds[0]),
                item("export-data-csv", i18n.get("export.data.csv"), kinds[1]));
    }

    // Tables //

    /**
     * Adds the table export items to the table's context menu (creating one when it has none).
     *
     * @param table   the table ({@code null} not permitted); its id is the suggested file and sheet name
     * @param exports the export commands ({@code null} not permitted)
     * @param formats the .xlsx format of each column of {@code table.getColumns()}, in order; missing ones are
     *                {@link TableExport.Format#GENERAL}
     * @param <S>     the row type
     */
    public static <S> void table(TableView<S> table, ExportActions exports, TableExport.Format... formats) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exports, "exports");
        I18n i18n = exports.i18n();
        TableExport.Format[] copy = formats.clone();
        ContextMenu menu = table.getContextMenu();
        if (menu == null) {
            menu = new ContextMenu();
            table.setContextMenu(menu);
        } else if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(
                item("export-table-xlsx", i18n.get("export.table.xlsx"),
                        () -> save(table, exports, ExportActions.TableKind.XLSX, copy)),
                item("export-table-csv", i18n.get("export.table.csv"),
                        () -> save(table, exports, ExportActions.TableKind.CSV, copy)));
    }

    /**
     * Exports the rows the table shows, in its current order (the menu items call this).
     *
     * @param table   the table
     * @param exports the export commands
     * @param kind    .xlsx or CSV
     * @param formats the column formats (see {@link #table})
     * @param <S>     the row type
     */
    public static <S> void save(TableView<S> table, ExportActions exports, ExportActions.TableKind kind,
                                TableExport.Format... formats) {
        String currency = exports.currency();
        exports.saveTable(kind, table.getId() == null ? "table" : table.getId(), columns(table, formats),
                rows(table, formats, exports.i18n().locale(), currency), text -> note(table, text));
    }

    /**
     * @param table   a table
     * @param formats formats by column index
     * @param <S>     the row type
     * @return the visible columns with their header texts and formats
     */
    static <S> List<TableExport.Column> columns(TableView<S> table, TableExport.Format... formats) {
        List<TableExport.Column> out = new ArrayList<>();
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<S, ?> c = table.getColumns().get(i);
            if (c.isVisible()) {
                out.add(new TableExport.Column(c.getText() == null ? "" : c.getText(), format(formats, i)));
            }
        }
        return out;
    }

    /**
     * The cell values of the visible columns, row by row as the table shows them. Numbers stay numbers; a text
     * cell in a numeric column (e.g. "$12.00" in an editable money column) is read back as a number.
     *
     * @param table    a table
     * @param formats  formats by column index
     * @param locale   the locale the texts are written in
     * @param currency the currency symbol to strip from money texts
     * @param <S>      the row type
     * @return the rows
     */
    static <S> List<List<Object>> rows(TableView<S> table, TableExport.Format[] formats, Locale locale,
                                       String currency) {
        List<List<Object>> out = new ArrayList<>();
        for (S item : table.getItems()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < table.getColumns().size(); i++) {
                TableColumn<S, ?> c = table.getColumns().get(i);
                if (c.isVisible()) {
                    row.add(typed(c.getCellData(item), format(formats, i), locale, currency));
                }
            }
            out.add(row);
        }
        return out;
    }

    private static TableExport.Format format(TableExport.Format[] formats, int i) {
        return i < formats.length && formats[i] != null ? formats[i] : TableExport.Format.GENERAL;
    }

    /**
     * @param value    a cell value
     * @param format   its column's format
     * @param locale   locale of texts
     * @param currency currency symbol
     * @return the value, a text in a numeric column parsed to a number when it is one, blank text as null
     */
    static Object typed(Object value, TableExport.Format format, Locale locale, String currency) {
        if (!(value instanceof String s) || format == TableExport.Format.GENERAL
                || format == TableExport.Format.DATE) {
            return value;
        }
        String t = s.replace(currency == null || currency.isEmpty() ? "\u0000" : currency, "")
                .replace("%", "").replace("\u00a0", "").strip();
        if (t.isEmpty() || "–".equals(t)) {
            return null;
        }
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        ParsePosition pos = new ParsePosition(0);
        Number n = nf.parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return value;
        }
        if (format == TableExport.Format.INTEGER) {
            return n;
        }
        return format == TableExport.Format.PERCENT && s.contains("%") ? n.doubleValue() / 100 : n.doubleValue();
    }

    /** Shows a short note under the node's top-right corner for 2.5 s. */
    private static void note(Node node, String text) {
        if (node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return;
        }
        Label label = new Label(text);
        label.getStyleClass().add(NOTE_STYLE);
        label.setStyle("-fx-background-color: -color-bg-inset; -fx-border-color: -color-border-default;"
                + " -fx-padding: 6 10; -fx-background-radius: 4; -fx-border-radius: 4;");
        Popup popup = new Popup();
        popup.getContent().add(label);
        popup.setAutoHide(true);
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        if (b == null) {
            return;
        }
        label.getStylesheets().setAll(node.getScene().getRoot().getStylesheets());
        popup.show(node, b.getMinX() + 12, b.getMinY() + 12);
        PauseTransition wait = new PauseTransition(Duration.seconds(2.5));
        wait.setOnFinished(e -> popup.hide());
        wait.play();
    }
}
