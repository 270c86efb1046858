package org.valuelens.gui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Gives table columns at least their header's width, so that headers are never cut (the table scrolls instead).
 * Headers are measured in the default font and in the CJK fonts the {@code lang-zh} and {@code lang-zh-tw} styles
 * pick (app.css), and the widest wins: a Chinese header measured in the default font alone came out too narrow and
 * was cut.
 */
public final class TableHeaders {

    /** Header font size in pixels, also set on the table. */
    public static final double FONT_SIZE = 13;
    /** Room for the header's padding and sort arrow, pixels. */
    private static final double PADDING = 26;
    private static final String[] FAMILIES = {null, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
        "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC"};

    private TableHeaders() {
    }

    /**
     * Sets each column's minimum (and, when smaller, preferred) width to its header text's width.
     *
     * @param table the table ({@code null} not permitted); its font size is set to {@link #FONT_SIZE}
     */
    public static void fit(TableView<?> table) {
        table.setStyle("-fx-font-size: " + (int) FONT_SIZE + "px;");
        for (TableColumn<?, ?> c : table.getColumns()) {
            double w = Math.ceil(width(c.getText())) + PADDING;
            c.setMinWidth(w);
            c.setPrefWidth(Math.max(c.getPrefWidth(), w));
        }
    }

    /**
     * @param text a header text ({@code null} = empty)
     * @return its widest bold width, pixels, over the default and the CJK font families
     */
    static double width(String text) {
        double max = 0;
        for (String family : FAMILIES) {
            Text t = new Text(text == null ? "" : text);
            t.setFont(Font.font(family, FontWeight.BOLD, FONT_SIZE));
            max = Math.max(max, t.getLayoutBounds().getWidth());
        }
        return max;
    }

    /**
     * Shows a tooltip on a column's header (the technical term behind a plain header, e.g. "x"), installed once the
     * table's header exists.
     *
     * @param table   the column's table
     * @param column  the column
     * @param tooltip the tooltip text
     */
    public static void tooltip(TableView<?> table, TableColumn<?, ?> column, String tooltip) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Runnable install = () -> {
            for (javafx.scene.Node n : table.lookupAll(".column-header")) {
                if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() == column) {
                    javafx.scene.control.Tooltip.install(h, tip);
                }
            }
        };
        table.skinProperty().addListener((obs, o, skin) -> javafx.application.Platform.runLater(install));
        table.sceneProperty().addListener((obs, o, scene) -> javafx.application.Platform.runLater(install));
    }

    /**
     * Sizes every column to its widest header or cell (of the first rows), now and whenever the rows change, as a
     * double click on a header border does; the table scrolls sideways when the columns are wider than it.
     *
     * @param table the table; its resize policy becomes unconstrained
     */
    public static void fitContent(TableView<?> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // one pending resize at a time: a list filled row by row must not queue a resize per row
        boolean[] pending = {false};
        Runnable resize = () -> {
            if (pending[0]) {
                return;
            }
            pending[0] = true;
            javafx.application.Platform.runLater(() -> {
                pending[0] = false;
                if (table.getScene() == null || !table.isVisible()) {
                    return;
                }
                for (javafx.scene.Node n : table.lookupAll(".column-header")) {
                    if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null) {
                        resizeToContent(h);
                    }
                }
            });
        };
        table.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> resize.run());
        table.itemsProperty().addListener((obs, o, n) -> resize.run());
        table.skinProperty().addListener((obs, o, n) -> resize.run());
        table.sceneProperty().addListener((obs, o, n) -> {
            if (n != null) {
                resize.run();
            }
        });
        table.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) {
                resize.run();
            }
        });
    }

    private static void resizeToContent(javafx.scene.control.skin.TableColumnHeader header) {
        try {
            java.lang.reflect.Method m = javafx.scene.control.skin.TableColumnHeader.class
                    .getDeclaredMethod("resizeColumnToFitContent", int.class);
            m.setAccessible(true);
            m.invoke(header, CONTENT_ROWS);
            javafx.scene.control.TableColumnBase<?, ?> column = header.getTableColumn();
            column.setPrefWidth(Math.max(column.getWidth(), column.getMinWidth()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // sizing is a comfort: the column keeps its width
        }
    }

    /** Rows measured when sizing a column to its content. */
    private static final int CONTENT_ROWS = 200;
}
