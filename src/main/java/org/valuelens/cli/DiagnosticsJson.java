package org.valuelens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.model.diagnostics.FrequencyRecencyGrid;
import org.valuelens.model.diagnostics.RepeatBucket;
import org.valuelens.model.diagnostics.RepeatDistribution;
import org.valuelens.model.validation.CumulativeTracking;
import org.valuelens.model.validation.TrackingPoint;
import org.valuelens.service.ModelComparison;

/** JSON values of the model diagnostics ({@code validate}, {@code diagnostics}). */
final class DiagnosticsJson {

    private DiagnosticsJson() {
    }

    /** @return [{repeatPurchases, actual, expected}] */
    static List<Map<String, Object>> repeats(RepeatDistribution d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RepeatBucket b : d.buckets()) {
            Map<String, Object> m = Json.object();
            m.put("repeatPurchases", b.label());
            m.put("actual", b.actual());
            m.put("expected", b.expected());
            out.add(m);
        }
        return out;
    }

    /** @return [{period, actual, predicted}]: repeat purchases per period, not cumulated */
    static List<Map<String, Object>> incremental(CumulativeTracking t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrackingPoint p : t.points()) {
            Map<String, Object> m = Json.object();
            m.put("period", p.period());
            m.put("actual", p.actual());
            m.put("predicted", p.predicted());
            out.add(m);
        }
        return out;
    }

    /** @return {age, horizon, frequencies, recencies, expectedPurchases, probabilityAlive} (rows = frequencies) */
    static Map<String, Object> grid(FrequencyRecencyGrid g) {
        Map<String, Object> m = Json.object();
        m.put("age", g.age());
        m.put("horizon", g.horizon());
        List<Integer> xs = new ArrayList<>();
        for (int x : g.frequencies()) {
            xs.add(x);
        }
        List<Double> txs = new ArrayList<>();
        for (double t : g.recencies()) {
            txs.add(t);
        }
        m.put("frequencies", xs);
        m.put("recencies", txs);
        List<List<Double>> expected = new ArrayList<>();
        List<List<Double>> alive = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            List<Double> e = new ArrayList<>();
            List<Double> a = new ArrayList<>();
            for (int j = 0; j < txs.size(); j++) {
                e.add(g.expected(i, j));
                a.add(g.alive(i, j));
            }
            expected.add(e);
            alive.add(a);
        }
        m.put("expectedPurchases", expected);
        m.put("probabilityAlive", alive);
        return m;
    }

    /** @return the {@code validate --model all} object */
    static Map<String, Object> comparison(ModelComparison c, double seconds) {
        Map<String, Object> o = Json.object();
        o.put("model", "all");
        o.put("timeUnit", c.unit().cliName());
        o.put("calibrationEnd", String.valueOf(c.calibrationEnd()));
        o.put("observationEnd", String.valueOf(c.observationEnd()));
        o.put("holdoutLength", c.holdoutLength());
        o.put("customers", c.customers());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AccuracyRow r : c.rows()) {
            Map<String, Object> m = Json.object();
            m.put("model", r.modelId());
            m.put("fitted", r.ok());
            m.put("reason", r.failure());
            m.put("params", c.parameters().get(r.modelId()));
            m.put("mae", r.mae());
            m.put("rmse", r.rmse());
            m.put("correlation", r.correlation());
            m.put("predictedTotal", r.totalPredicted());
            m.put("actualTotal", r.totalActual());
            m.put("percentError", r.percentError());
            rows.add(m);
        }
        o.put("models", rows);
        o.put("seconds", seconds);
        return o;
    }
}
