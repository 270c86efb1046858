package org.valuelens.service;

import java.util.Map;

/**
 * Writes a dataset's column mapping (role → header) as a JSON object. Written by hand rather than with Jackson:
 * creating the first {@code ObjectMapper} of a process costs about 0.1–0.3 s of CPU, on the import's critical path
 * just before its commit (docs/decisions/0041-import-speed.md). Readers parse it with any JSON parser.
 */
final class MappingJson {

    private MappingJson() {
    }

    /**
     * @param mapping texts by key, in the order to write ({@code null} not permitted)
     * @return the JSON object, e.g. {@code {"AMOUNT":"Betrag","DATE":"Datum"}}
     */
    static String write(Map<String, String> mapping) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            string(b, e.getKey()).append(':');
            if (e.getValue() == null) {
                b.append("null");
            } else {
                string(b, e.getValue());
            }
        }
        return b.append('}').toString();
    }

    private static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
