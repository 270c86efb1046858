package org.valuelens.gui.common;

import javafx.beans.value.ObservableValue;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Shows a view model's chart property in a {@link ChartViewer}: the viewer takes each new chart and is hidden
 * while the property is {@code null} (before a run, and after another dataset was opened, so that no chart of the
 * previous dataset stays on screen).
 */
public final class ChartBinding {

    private ChartBinding() {
    }

    /**
     * @param viewer the viewer ({@code null} not permitted)
     * @param chart  the chart to follow ({@code null} not permitted; its value may be {@code null})
     */
    public static void bind(ChartViewer viewer, ObservableValue<JFreeChart> chart) {
        if (chart.getValue() != null) {
            viewer.setChart(chart.getValue());
        }
        viewer.setVisible(chart.getValue() != null);
        chart.addListener((obs, old, now) -> {
            if (now != null) {
                viewer.setChart(now);
            }
            viewer.setVisible(now != null);
        });
    }
}
