package org.valuelens.gui.overview;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.valuelens.gui.Icons;
import org.valuelens.gui.common.ChartBinding;
import org.valuelens.gui.common.ExportMenus;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Overview page: KPI cards over the CLV histogram and Lorenz curve; its empty state until data is open. */
public final class OverviewView extends PageView {

    private java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> explainer = r -> { };

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public OverviewView(OverviewViewModel model, I18n i18n) {
        super(i18n, "page.overview.title", "page.overview.subtitle", Icons.OVERVIEW);
        setId("page-overview");
        var empty = emptyState(model, Icons.OVERVIEW, "page.overview.empty");

        FlowPane cards = new FlowPane(12, 12);
        cards.setId("overview-kpis");
        Runnable fill = () -> {
            cards.getChildren().clear();
            for (OverviewViewModel.Kpi k : model.kpis()) {
                Label label = new Label(k.label());
                label.getStyleClass().add(Styles.TEXT_MUTED);
                // the name and the note wrap within the card's 200 px; the value widens the card if it must
                label.setWrapText(true);
                label.setPrefWidth(168);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label value = new Label(k.value());
                value.setId("kpi-" + k.id() + "-value");
                value.getStyleClass().add(Styles.TITLE_3);
                value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label note = new Label(k.note());
                note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                note.setWrapText(true);
                note.setPrefWidth(168);
                note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox card = new VBox(4, label, value, note);
                if ("meanClv".equals(k.id())) {
                    javafx.scene.control.Hyperlink how = new javafx.scene.control.Hyperlink(
                            i18n.get("explain.button"));
                    how.setId("kpi-meanClv-explain");
                    how.getStyleClass().add(Styles.TEXT_SMALL);
                    how.setPadding(javafx.geometry.Insets.EMPTY);
                    how.setOnAction(e -> model.explainMeanClv().ifPresent(r -> explainer.accept(r)));
                    card.getChildren().add(how);
                }
                card.setId("kpi-" + k.id());
                card.getStyleClass().add("kpi-card");
                card.setPadding(new Insets(12, 16, 12, 16));
                card.setMinWidth(200);
                card.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;"
                        + " -fx-border-radius: 6; -fx-background-radius: 6;");
                cards.getChildren().add(card);
            }
        };
        model.kpis().addListener((ListChangeListener<OverviewViewModel.Kpi>) c -> fill.run());

        ChartViewer histogram = new ChartViewer();
        histogram.setId("overview-histogram");
        histogram.setMinSize(300, 260);
        histogram.setPrefSize(560, 340);
        ChartBinding.bind(histogram, model.histogramProperty());
        ChartViewer lorenz = new ChartViewer();
        lorenz.setId("overview-lorenz");
        lorenz.setMinSize(300, 260);
        lorenz.setPrefSize(560, 340);
        ChartBinding.bind(lorenz, model.lorenzProperty());
        ExportMenus.chart(histogram, model.exports());
        ExportMenus.chart(lorenz, model.exports());
        CheckBox log = new CheckBox(i18n.get("overview.logScale"));
        log.setId("overview-log");
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        HBox.setHgrow(histogram, Priority.ALWAYS);
        HBox.setHgrow(lorenz, Priority.ALWAYS);
        HBox charts = new HBox(16, histogram, lorenz);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label busy = new Label(i18n.get("overview.computing"));
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        VBox content = new VBox(16, busy, cards, log, charts);
        content.setPadding(new Insets(0, 40, 24, 40));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        centerProperty().bind(Bindings.when(Bindings.isNotNull(model.reportProperty()))
                .then((javafx.scene.Node) scroll).otherwise(empty));
        fill.run();
        if (model.reportProperty().get() == null && model.loadedProperty().get()) {
            model.refresh();
        }
    }

    /**
     * @param handler opens a "How is this computed?" window for a request
     * @return this view
     */
    public OverviewView withExplainer(java.util.function.Consumer<org.valuelens.gui.explain.ExplainRequest> handler) {
        this.explainer = java.util.Objects.requireNonNull(handler, "handler");
        return this;
    }
}
