package org.valuelens.cli;

import java.io.PrintWriter;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.model.diagnostics.FrequencyRecencyGrid;
import org.valuelens.model.diagnostics.RepeatBucket;
import org.valuelens.model.diagnostics.RepeatDistribution;
import org.valuelens.service.ModelComparison;

/** Plain-text tables of the model diagnostics ({@code validate}, {@code diagnostics}). */
final class DiagnosticsText {

    private DiagnosticsText() {
    }

    static void repeats(PrintWriter out, RepeatDistribution d) {
        out.printf("  customers by repeat purchases in the calibration period (actual / %s):%n", d.modelId());
        for (RepeatBucket b : d.buckets()) {
            out.printf("  %-4s %8d %10.1f%n", b.label(), b.actual(), b.expected());
        }
    }

    static void comparison(PrintWriter out, ModelComparison c) {
        out.printf("Holdout accuracy of every purchase model: calibration to %s, holdout %.2f %ss to %s, %,d "
                + "customers%n", c.calibrationEnd(), c.holdoutLength(), c.unit().cliName(), c.observationEnd(),
                c.customers());
        out.printf("  %-11s %8s %8s %8s %11s %9s %9s%n", "model", "MAE", "RMSE", "corr", "predicted", "actual",
                "error");
        for (AccuracyRow r : c.rows()) {
            if (!r.ok()) {
                out.printf("  %-11s not fitted: %s%n", r.modelId(), r.failure());
                continue;
            }
            out.printf("  %-11s %8.3f %8.3f %8.3f %11.1f %9.0f %9s%n", r.modelId(), r.mae(), r.rmse(),
                    r.correlation(), r.totalPredicted(), r.totalActual(),
                    r.percentError() == null ? "n/a" : String.format("%+.1f %%", r.percentError()));
        }
    }

    static void grid(PrintWriter out, FrequencyRecencyGrid g, boolean alive) {
        out.printf("  %s by repeat purchases (rows) and recency (columns), customer of age %.1f%n",
                alive ? "P(alive)" : String.format("expected purchases in the next %.1f", g.horizon()), g.age());
        StringBuilder head = new StringBuilder("  x\\t_x");
        for (double t : g.recencies()) {
            head.append(String.format(" %6.1f", t));
        }
        out.println(head);
        int[] xs = g.frequencies();
        for (int i = 0; i < xs.length; i++) {
            StringBuilder line = new StringBuilder(String.format("  %6d", xs[i]));
            for (int j = 0; j < g.recencies().length; j++) {
                double v = alive ? g.alive(i, j) : g.expected(i, j);
                line.append(Double.isNaN(v) ? "      -" : String.format(" %6.3f", v));
            }
            out.println(line);
        }
    }
}
