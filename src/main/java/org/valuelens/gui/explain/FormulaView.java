package org.valuelens.gui.explain;

import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import org.valuelens.service.ClvMethod;

/**
 * Typesets the CLV formulas with JavaFX text nodes: sub- and superscripts, fractions with a rule, Σ with its limits
 * stacked. Symbols are italic; {@code _x} / {@code ^x} (or {@code _{..}} / {@code ^{..}}) mark sub/superscripts.
 */
public final class FormulaView {

    private static final double SIZE = 17;

    private FormulaView() {
    }

    /**
     * The formula of a method in symbols.
     *
     * @param method  the method ({@code null} not permitted)
     * @param hasCost for the historical method: whether the data carries cost (revenue − cost) or a margin is used
     * @return the typeset formula
     */
    public static Node symbolic(ClvMethod method, boolean hasCost) {
        return switch (method) {
            case SIMPLE -> row("CLV = AOV × F × L − CAC");
            case RETENTION -> row("CLV = ", fraction(row("m × r"), row("1 + d − r")));
            case DCF -> row("CLV = ", sum("t=1", "H"), fraction(row("(R_t − C_t) × r^t"), row("(1 + d)^t")));
            case HISTORICAL -> hasCost ? row("CLV = revenue − cost") : row("CLV = revenue × m");
            default -> row("CLV = ", sum("k=1", "H"),
                    fraction(row("(E[Y(k)] − E[Y(k−1)]) × E[spend] × m"), row("(1 + d)^k")));
        };
    }

    /**
     * The formula with the values substituted, for the methods whose formula is one line (simple, retention,
     * historical); {@code null} for sums (their terms are listed as steps).
     *
     * @param method the method
     * @param v      formatted values by symbol (see {@link ExplainViewModel#symbols()})
     * @return the typeset substitution, or {@code null}
     */
    public static Node substituted(ClvMethod method, Map<String, String> v) {
        String clv = v.get("CLV");
        switch (method) {
            case SIMPLE -> {
                if (v.containsKey("AOV") && v.containsKey("F") && v.containsKey("L") && v.containsKey("CAC")) {
                    return row("= " + v.get("AOV") + " × " + v.get("F") + " × " + v.get("L") + " − "
                            + v.get("CAC") + " = " + clv);
                }
                return null;
            }
            case RETENTION -> {
                if (v.containsKey("m") && v.containsKey("r") && v.containsKey("d")) {
                    return row("= ", fraction(row(v.get("m") + " × " + v.get("r")),
                            row("1 + " + v.get("d") + " − " + v.get("r"))), row(" = " + clv));
                }
                return null;
            }
            case HISTORICAL -> {
                if (v.containsKey("revenue") && v.containsKey("cost")) {
                    return row("= " + v.get("revenue") + " − " + v.get("cost") + " = " + clv);
                }
                if (v.containsKey("revenue") && v.containsKey("m")) {
                    return row("= " + v.get("revenue") + " × " + v.get("m") + " = " + clv);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * @param parts strings (parsed for sub/superscripts) and nodes, in order
     * @return them in a row, vertically centred
     */
    static HBox row(Object... parts) {
        HBox box = new HBox(0);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setFillHeight(false);
        for (Object p : parts) {
            if (p instanceof Node n) {
                box.getChildren().add(n);
            } else {
                box.getChildren().add(text(String.valueOf(p)));
            }
        }
        box.getStyleClass().add("formula");
        return box;
    }

    /** A run of text with {@code _x} subscripts and {@code ^x} superscripts. */
    private static Node text(String s) {
        HBox box = new HBox(0);
        box.setAlignment(Pos.BASELINE_LEFT);
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '_' || c == '^') && i + 1 < s.length()) {
                flush(box, plain);
                String script;
                if (s.charAt(i + 1) == '{') {
                    int end = s.indexOf('}', i);
                    script = s.substring(i + 2, end < 0 ? s.length() : end);
                    i = end < 0 ? s.length() : end + 1;
                } else {
                    script = s.substring(i + 1, i + 2);
                    i += 2;
                }
                Text t = symbolText(script, SIZE * 0.68);
                t.setTranslateY(c == '_' ? SIZE * 0.3 : -SIZE * 0.45);
                box.getChildren().add(t);
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(box, plain);
        return box;
    }

    private static void flush(HBox box, StringBuilder plain) {
        if (plain.length() > 0) {
            box.getChildren().add(symbolText(plain.toString(), SIZE));
            plain.setLength(0);
        }
    }

    private static Text symbolText(String s, double size) {
        Text t = new Text(s);
        boolean symbol = s.length() <= 2 && Character.isLetter(s.charAt(0));
        t.setFont(Font.font("Serif", symbol ? FontPosture.ITALIC : FontPosture.REGULAR, size));
        t.getStyleClass().add("formula-text");
        t.setStyle("-fx-fill: -color-fg-default;");
        return t;
    }

    /** Numerator over a rule over denominator. */
    static Node fraction(Node numerator, Node denominator) {
        Region rule = new Region();
        rule.getStyleClass().add("formula-rule");
        rule.setMinHeight(1.4);
        rule.setPrefHeight(1.4);
        rule.setMaxHeight(1.4);
        rule.setStyle("-fx-background-color: -color-fg-default;");
        VBox box = new VBox(3, numerator, rule, denominator);
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(true);
        rule.setMaxWidth(Double.MAX_VALUE);
        box.setStyle("-fx-padding: 0 4 0 4;");
        if (numerator instanceof HBox h) {
            h.setAlignment(Pos.CENTER);
        }
        if (denominator instanceof HBox h) {
            h.setAlignment(Pos.CENTER);
        }
        return box;
    }

    /** A large Σ with its limits above and below. */
    static Node sum(String lower, String upper) {
        Text sigma = new Text("Σ");
        sigma.setFont(Font.font("Serif", SIZE * 1.8));
        sigma.getStyleClass().add("formula-text");
        sigma.setStyle("-fx-fill: -color-fg-default;");
        Text up = symbolText(upper, SIZE * 0.68);
        Text low = symbolText(lower, SIZE * 0.68);
        VBox box = new VBox(-4, up, sigma, low);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-padding: 0 4 0 2;");
        return box;
    }
}
