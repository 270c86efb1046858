package org.valuelens.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.valuelens.service.DividerStore;

/**
 * Remembers every split pane's divider positions: each pane of a page (found when the page is built, also on tabs
 * not shown) gets a name from its page and its order ("CLV.0"), opens at the position saved under that name, and
 * its moves are saved half a second after the last one. Pages stay built while the app runs, so a page switch
 * keeps them anyway; the store carries them over a restart.
 */
public final class SplitPaneMemory {
    private static final Duration SAVE_DELAY = Duration.millis(500);

    private final DividerStore store;
    private final Map<String, double[]> positions;
    private final PauseTransition pending = new PauseTransition(SAVE_DELAY);

    /** @param store where positions are read from now and written to after moves ({@code null} not permitted) */
    public SplitPaneMemory(DividerStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.positions = store.load();
        pending.setOnFinished(e -> save());
    }

    /**
     * Restores and follows every split pane under a page's root.
     *
     * @param root the page ({@code null} permitted: returned as is)
     * @param page the page's name, unique in the window
     * @param <N>  the node type
     * @return the same root
     */
    public <N extends Node> N attach(N root, String page) {
        List<SplitPane> panes = new ArrayList<>();
        collect(root, panes);
        for (int i = 0; i < panes.size(); i++) {
            follow(panes.get(i), page + "." + i);
        }
        return root;
    }

    /** Writes the positions now (also when no save is pending). */
    public void save() {
        pending.stop();
        try {
            store.save(positions);
        } catch (java.io.UncheckedIOException e) {
            // a read-only settings folder must not break the window: the panes just open at their usual places
        }
    }

    /** @param name a pane's name @return its saved positions, or {@code null} */
    public double[] saved(String name) {
        double[] v = positions.get(name);
        return v == null ? null : v.clone();
    }

    private void follow(SplitPane pane, String name) {
        double[] saved = positions.get(name);
        if (saved != null && saved.length == pane.getDividers().size()) {
            pane.setDividerPositions(saved);
        }
        for (SplitPane.Divider d : pane.getDividers()) {
            d.positionProperty().addListener((obs, old, now) -> {
                positions.put(name, pane.getDividerPositions().clone());
                pending.playFromStart();
            });
        }
    }

    private static void collect(Node node, List<SplitPane> out) {
        if (node instanceof SplitPane s) {
            out.add(s);
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                if (t.getContent() != null) {
                    collect(t.getContent(), out);
                }
            }
        } else if (node instanceof SplitPane s) {
            for (Node item : s.getItems()) {
                collect(item, out);
            }
        } else if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        } else if (node instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
            collect(tp.getContent(), out);
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
