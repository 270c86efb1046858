package org.valuelens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON output of the commands: one object per line, keys in insertion order, NaN written as null. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** Replaces non-finite doubles (anywhere in maps/lists) with null, since JSON has no NaN. */
    static Object clean(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, clean(v)));
            return out;
        }
        if (value instanceof Iterable<?> it) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            it.forEach(v -> out.add(clean(v)));
            return out;
        }
        return value;
    }

    /**
     * Puts a fit's model, params, standardErrors, logLikelihood, aic, bic, converged and customers (the keys that
     * {@code fit --json} and {@code fits --json} share, in that order).
     */
    static void putFit(Map<String, Object> o, org.valuelens.model.btyd.FitResult<?> fit) {
        o.put("model", fit.modelId());
        o.put("params", fit.parameters());
        o.put("standardErrors", fit.standardErrors());
        o.put("logLikelihood", fit.logLikelihood());
        o.put("aic", fit.aic());
        o.put("bic", fit.bic());
        o.put("converged", fit.converged());
        o.put("customers", fit.customers());
        o.put("atBoundary", fit.atBoundary());
    }

    static String write(Map<String, Object> object) {
        try {
            return MAPPER.writeValueAsString(clean(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON output failed", e);
        }
    }
}
