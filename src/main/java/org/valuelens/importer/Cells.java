package org.valuelens.importer;

import java.time.LocalDateTime;

/** Helpers for cell values ({@link String}, {@link Double}, {@link LocalDateTime} or {@code null}). */
final class Cells {
    private Cells() {
    }

    static boolean isBlank(Object cell) {
        return cell == null || cell instanceof String && ((String) cell).isBlank();
    }

    /** @return the cell as text: integral doubles without ".0", timestamps in ISO form, blank as "" */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String) {
            return (String) cell;
        }
        if (cell instanceof Double) {
            double d = (Double) cell;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (cell instanceof LocalDateTime) {
            LocalDateTime t = (LocalDateTime) cell;
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return cell.toString();
    }

    /** @return whether the cell looks like a number or a date (not like a header name) */
    static boolean valueLike(Object cell, DateParser shapes) {
        if (cell instanceof Double || cell instanceof LocalDateTime) {
            return true;
        }
        if (!(cell instanceof String)) {
            return false;
        }
        String s = ((String) cell).trim();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        // a currency code ("USD 5") may hold letters; a header such as "2024 sales" may not be a number
        boolean numeric = letters <= 3 && (Character.isDigit(c) || c == '-' || c == '+' || c == '(' || c == '.'
                || NumberParser.isCurrencySymbol(c) || Character.isLetter(c));
        if (numeric && (!Double.isNaN(NumberParser.parse(s, '.', false))
                || !Double.isNaN(NumberParser.parse(s, ',', false)))) {
            return true;
        }
        return shapes.kind(s) != DateFields.KIND_NONE;
    }

    /** 64-bit FNV-1a style hash of the row's cells, trailing blank cells ignored. */
    static long hash(Object[] cells) {
        int last = cells.length - 1;
        while (last >= 0 && isBlank(cells[last])) {
            last--;
        }
        long h = 0xcbf29ce484222325L;
        final long prime = 0x100000001b3L;
        for (int i = 0; i <= last; i++) {
            Object cell = cells[i];
            if (cell instanceof String) {
                String s = (String) cell;
                for (int k = 0, n = s.length(); k < n; k++) {
                    h = (h ^ s.charAt(k)) * prime;
                }
            } else if (cell instanceof Double) {
                h = (h ^ Double.doubleToLongBits((Double) cell)) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 31;
            } else if (cell instanceof LocalDateTime) {
                LocalDateTime t = (LocalDateTime) cell;
                h = (h ^ (t.toLocalDate().toEpochDay() * 86_400L + t.toLocalTime().toSecondOfDay()))
                        * 0x9E3779B97F4A7C15L;
                h = (h ^ t.getNano()) * prime;
                h ^= h >>> 29;
            }
            h = (h ^ 0x1F) * prime;
        }
        return h;
    }
}
