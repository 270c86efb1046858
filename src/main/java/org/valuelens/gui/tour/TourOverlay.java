package org.valuelens.gui.tour;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.valuelens.gui.common.I18n;

/**
 * The tour's layer over the main window: a ring around the control of the current step and a popover next to it
 * (title, text, "step n of m", Back / Next / Close) with an arrow pointing at the control. Clicks outside the
 * popover reach the app. Follows the control after every layout pass.
 */
public final class TourOverlay extends Pane {

    private static final double WIDTH = 340;
    private static final double GAP = 14;

    private final TourViewModel model;
    private final Region ring = new Region();
    private final VBox bubble;
    private final Polygon arrow = new Polygon();
    private final Runnable pulse = this::place;
    private Scene listening;

    /**
     * @param model the tour
     * @param i18n  texts
     */
    public TourOverlay(TourViewModel model, I18n i18n) {
        this.model = Objects.requireNonNull(model, "model");
        setId("tour-overlay");
        setPickOnBounds(false);
        ring.setMouseTransparent(true);
        ring.setStyle("-fx-border-color: -color-accent-emphasis; -fx-border-width: 3; -fx-border-radius: 8;"
                + " -fx-background-color: rgba(9,105,218,0.06); -fx-background-radius: 8;"
                + " -fx-effect: dropshadow(gaussian, rgba(9,105,218,0.55), 14, 0.3, 0, 0);");
        Label title = new Label();
        title.setId("tour-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label text = new Label();
        text.setId("tour-text");
        text.setWrapText(true);
        Label counter = new Label();
        counter.setId("tour-counter");
        counter.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button back = new Button(i18n.get("tour.back"));
        back.setId("tour-back");
        back.disableProperty().bind(model.firstProperty());
        back.setOnAction(e -> model.back());
        Button next = new Button();
        next.setId("tour-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.textProperty().bind(javafx.beans.binding.Bindings.when(model.lastProperty())
                .then(i18n.get("tour.finish")).otherwise(i18n.get("tour.next")));
        next.setOnAction(e -> model.next());
        Button close = new Button(i18n.get("tour.close"));
        close.setId("tour-close");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> model.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, counter, gap, close, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        bubble = new VBox(10, title, text, buttons);
        bubble.setId("tour-bubble");
        bubble.setPadding(new Insets(14, 16, 12, 16));
        bubble.setPrefWidth(WIDTH);
        bubble.setMaxWidth(WIDTH);
        bubble.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 8;"
                + " -fx-border-color: -color-accent-emphasis; -fx-border-width: 1.5; -fx-border-radius: 8;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0.2, 0, 4);");
        arrow.setStyle("-fx-fill: -color-accent-emphasis;");
        arrow.setMouseTransparent(true);
        getChildren().addAll(ring, arrow, bubble);
        model.stepProperty().addListener((obs, o, s) -> {
            if (s != null) {
                title.setText(i18n.get(s.titleKey()));
                text.setText(i18n.get(s.textKey()));
                counter.setText(i18n.format("tour.counter", model.indexProperty().get() + 1, model.size()));
            }
            requestLayout();
        });
        visibleProperty().bind(model.activeProperty());
        model.activeProperty().addListener((obs, o, on) -> listen(on));
        sceneProperty().addListener((obs, o, s) -> listen(model.activeProperty().get()));
    }

    private void listen(boolean on) {
        if (listening != null) {
            listening.removePostLayoutPulseListener(pulse);
            listening = null;
        }
        if (on && getScene() != null) {
            listening = getScene();
            listening.addPostLayoutPulseListener(pulse);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        place();
    }

    /** Puts the ring on the target and the popover below, above or inside it, with the arrow towards it. */
    private void place() {
        TourViewModel.Step s = model.stepProperty().get();
        if (s == null || getScene() == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double bw = Math.min(WIDTH, w - 20);
        bubble.resize(bw, bubble.prefHeight(bw));
        double bh = bubble.getHeight();
        Node target = getScene().lookup("#" + s.targetId());
        Bounds b = target == null || !target.isVisible() || target.getScene() == null ? null
                : sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        if (b == null || b.getWidth() <= 0) {
            ring.setVisible(false);
            arrow.setVisible(false);
            bubble.relocate((w - bw) / 2, (h - bh) / 2);
            return;
        }
        ring.setVisible(true);
        ring.resizeRelocate(b.getMinX() - 5, b.getMinY() - 5, b.getWidth() + 10, b.getHeight() + 10);
        double cx = Math.max(20, Math.min(w - 20, b.getCenterX()));
        double x = Math.max(10, Math.min(w - bw - 10, cx - bw / 2));
        double ax = Math.max(x + 16, Math.min(x + bw - 16, cx));
        if (b.getMaxY() + GAP + bh + 10 <= h) {
            double y = b.getMaxY() + GAP;
            bubble.relocate(x, y);
            arrow.getPoints().setAll(ax - 9, y + 1, ax + 9, y + 1, ax, y - 9);
            arrow.setVisible(true);
        } else if (b.getMinY() - GAP - bh - 10 >= 0) {
            double y = b.getMinY() - GAP - bh;
            bubble.relocate(x, y);
            arrow.getPoints().setAll(ax - 9, y + bh - 1, ax + 9, y + bh - 1, ax, y + bh + 9);
            arrow.setVisible(true);
        } else {
            bubble.relocate(Math.max(10, Math.min(w - bw - 10, b.getMaxX() - bw - 16)), b.getMinY() + 16);
            arrow.setVisible(false);
        }
    }
}
