package org.valuelens.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * What {@link LayoutTest} looks for in a laid-out scene: a control text cut with an ellipsis, a node outside the
 * window (outside scrolling areas), a tab pane whose tab headers do not all fit (JavaFX then shows its overflow
 * arrow and cuts the last header) and, when asked, a scroll pane that scrolls sideways.
 */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /**
     * @param scene      the scene, laid out here first
     * @param where      prefix of every problem ("ru LIGHT 1024×640 CLV: ")
     * @param sideways   whether a visible horizontal scroll bar of a scroll pane is a problem
     * @return one sentence per problem
     */
    static List<String> check(Scene scene, String where, boolean sideways) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        Bounds window = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        walk(root, false, window, where, sideways, out);
        return out;
    }

    private static void walk(Node node, boolean scrolled, Bounds window, String where, boolean sideways,
                             List<String> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (!scrolled && b.getWidth() > 0 && b.getHeight() > 0 && !inside(b, window)) {
            out.add(where + describe(node) + " lies outside the window at " + rect(b));
            return;
        }
        if (node instanceof Labeled labeled) {
            String shown = shownText(labeled);
            String text = labeled.getText();
            if (shown != null && text != null && !text.isEmpty() && !shown.equals(text) && b.getWidth() > 0) {
                out.add(where + describe(node) + " shows \"" + shown + "\" instead of \"" + text + "\"");
            }
        }
        if (node instanceof TabPane tabs) {
            tabOverflow(tabs).ifPresent(p -> out.add(where + describe(node) + p));
        }
        if (sideways && node instanceof ScrollPane pane && scrollsSideways(pane)) {
            out.add(where + describe(node) + " scrolls sideways (content " + Math.round(pane.getContent()
                    .getLayoutBounds().getWidth()) + " px wide in a " + Math.round(pane.getViewportBounds()
                    .getWidth()) + " px view)");
        }
        if (node instanceof Parent p) {
            boolean inner = scrolled || node instanceof ScrollPane || node instanceof TableView
                    || node instanceof javafx.scene.control.ListView || node instanceof javafx.scene.control.skin
                    .VirtualFlow;
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, inner, window, where, sideways, out);
            }
        }
    }

    /**
     * A tab pane's headers overflow when its overflow menu button is shown or a tab header reaches past the
     * header area (JavaFX clips it there).
     */
    static java.util.Optional<String> tabOverflow(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        if (area == null) {
            return java.util.Optional.empty();
        }
        for (Node n : area.lookupAll(".tab-down-button")) {
            if (shown(n, area)) {
                return java.util.Optional.of(" shows its tab overflow menu: the tab headers do not fit");
            }
        }
        Bounds box = area.localToScene(area.getLayoutBounds());
        for (Node header : area.lookupAll(".tab")) {
            Bounds h = header.localToScene(header.getLayoutBounds());
            if (header.isVisible() && h.getWidth() > 0 && (h.getMaxX() > box.getMaxX() + 1
                    || h.getMinX() < box.getMinX() - 1)) {
                String text = header.lookup(".tab-label") instanceof Labeled l ? l.getText() : "";
                return java.util.Optional.of(" cuts the tab header \"" + text + "\": the headers do not fit");
            }
        }
        return java.util.Optional.empty();
    }

    /** @return whether the node and all its parents up to {@code top} (the scene's root when null) are visible */
    private static boolean shown(Node n, Node top) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p == top) {
                return true;
            }
        }
        return true;
    }

    /** Rows the CLV table shows at the least after a run, at 1024×640. */
    static final int CLV_ROWS = 6;
    /** Height of an N-day value chart at the least, pixels. */
    static final double CHART_HEIGHT = 200;

    /**
     * Room for the results on a small window: the CLV table shows at least {@value #CLV_ROWS} whole rows (when it
     * has them), an N-day value chart is at least {@value #CHART_HEIGHT} px high, and the Customers detail's first
     * name ("Repeat purchases (x)") stays on one line.
     *
     * @param scene the laid-out scene
     * @param where prefix of every problem
     * @return one sentence per problem
     */
    static List<String> room(Scene scene, String where) {
        List<String> out = new ArrayList<>();
        if (scene.lookup("#clv-table") instanceof TableView<?> table && shown(table, null)
                && table.getItems().size() >= CLV_ROWS) {
            Bounds box = table.localToScene(table.getLayoutBounds());
            long rows = table.lookupAll(".table-row-cell").stream().filter(r -> r.isVisible()
                    && r instanceof javafx.scene.control.IndexedCell<?> c && c.getIndex() >= 0
                    && c.getIndex() < table.getItems().size()
                    && r.localToScene(r.getLayoutBounds()).getMaxY() <= box.getMaxY() + 1
                    && r.localToScene(r.getLayoutBounds()).getMinY() >= box.getMinY() - 1).count();
            if (rows < CLV_ROWS) {
                out.add(where + "the CLV table shows " + rows + " whole rows (at least " + CLV_ROWS + " wanted)");
            }
        }
        for (String id : new String[] {"#cohorts-ltv-chart", "#channels-ltv-chart"}) {
            Node chart = scene.lookup(id);
            if (chart != null && shown(chart, null)
                    && chart.getLayoutBounds().getHeight() < CHART_HEIGHT) {
                out.add(where + "#" + chart.getId() + " is " + Math.round(chart.getLayoutBounds().getHeight())
                        + " px high (at least " + CHART_HEIGHT + " wanted)");
            }
        }
        if (scene.lookup("#customers-inputs") instanceof Parent grid && shown(grid, null)
                && !grid.getChildrenUnmodifiable().isEmpty()
                && grid.getChildrenUnmodifiable().get(0) instanceof Labeled name && name.getText() != null) {
            Text line = new Text("Xg");
            line.setFont(name.getFont());
            double one = line.getLayoutBounds().getHeight();
            if (name.getHeight() > 1.8 * one) {
                out.add(where + "the Customers detail wraps \"" + name.getText() + "\" over "
                        + Math.round(name.getHeight() / one) + " lines");
            }
        }
        return out;
    }

    /** A scroll pane scrolls sideways (or, with its bar turned off, cuts) when its content is wider than it. */
    private static boolean scrollsSideways(ScrollPane pane) {
        return pane.getContent() != null && pane.getViewportBounds().getWidth() > 0
                && pane.getContent().getLayoutBounds().getWidth() > pane.getViewportBounds().getWidth() + 1;
    }

    /** @return the text the skin draws (with an ellipsis when cut), or {@code null} before the skin exists */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean inside(Bounds b, Bounds window) {
        return b.getMinX() >= window.getMinX() - 1 && b.getMinY() >= window.getMinY() - 1
                && b.getMaxX() <= window.getMaxX() + 1 && b.getMaxY() <= window.getMaxY() + 1;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        Node p = node.getParent();
        while (id.isEmpty() && p != null) {
            if (p.getId() != null) {
                id = "in #" + p.getId();
            }
            p = p.getParent();
        }
        return node.getClass().getSimpleName() + " " + id + text;
    }

    private static String rect(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
