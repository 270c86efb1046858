package org.valuelens.service;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two object graphs field by field in linear time, doubles to a relative tolerance (AssertJ's recursive
 * comparison is quadratic on lists of 100,000 elements). Fields named like timings ({@code seconds}) are skipped.
 */
final class DeepClose {

    private DeepClose() {
    }

    /**
     * @param a         one graph
     * @param b         the other
     * @param tolerance relative tolerance for doubles (absolute below 1)
     * @return {@code null} when equal, else the path and the two values that differ
     */
    static String difference(Object a, Object b, double tolerance) {
        return diff(a, b, tolerance, "");
    }

    private static String diff(Object a, Object b, double tol, String path) {
        if (a == b) {
            return null;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return path + ": " + a + " vs " + b;
        }
        if (a instanceof Double || a instanceof Float) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            boolean same = Double.compare(x, y) == 0
                    || Math.abs(x - y) <= tol * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
            return same ? null : path + ": " + x + " vs " + y;
        }
        if (a.getClass().isArray()) {
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) {
                return path + ": length " + n + " vs " + Array.getLength(b);
            }
            for (int i = 0; i < n; i++) {
                String d = diff(Array.get(a, i), Array.get(b, i), tol, path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Map) {
            Map<?, ?> x = (Map<?, ?>) a;
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return path + ": keys " + x.keySet() + " vs " + y.keySet();
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                String d = diff(e.getValue(), y.get(e.getKey()), tol, path + "{" + e.getKey() + "}");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Collection) {
            Collection<?> x = (Collection<?>) a;
            Collection<?> y = (Collection<?>) b;
            if (x.size() != y.size()) {
                return path + ": size " + x.size() + " vs " + y.size();
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            for (int k = 0; i.hasNext(); k++) {
                String d = diff(i.next(), j.next(), tol, path + "[" + k + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Optional) {
            return diff(((Optional<?>) a).orElse(null), ((Optional<?>) b).orElse(null), tol, path);
        }
        Class<?> type = a.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().toLowerCase(java.util.Locale.ROOT).contains("seconds")) {
                    continue;
                }
                try {
                    c.getAccessor().setAccessible(true);
                    String d = diff(c.getAccessor().invoke(a), c.getAccessor().invoke(b), tol,
                            path + "." + c.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }
        if (type.getName().startsWith("java.") || type.isEnum() || type.isPrimitive()) {
            return a.equals(b) ? null : path + ": " + a + " vs " + b;
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()
                        || f.getName().toLowerCase(java.util.Locale.ROOT).contains("seconds")) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    String d = diff(f.get(a), f.get(b), tol, path + "." + f.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
