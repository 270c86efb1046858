package org.valuelens.gui.common;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.Parent;
import org.valuelens.report.chart.ScriptFonts;

/** Applies the app stylesheet and the language's font family to a scene root (main window and dialogs). */
public final class Styling {

    /** Classpath location of the app stylesheet. */
    public static final String STYLESHEET = "/org/valuelens/gui/app.css";

    private Styling() {
    }

    /**
     * Adds {@code app.css} and, for Chinese, the {@code lang-zh} class that picks a CJK font (Noto Sans CJK SC on
     * Linux, Microsoft YaHei on Windows, PingFang SC on macOS), with {@code lang-zh-tw} besides for Traditional
     * Chinese (the TC fonts: Noto Sans CJK TC, Microsoft JhengHei, PingFang TC). Cyrillic needs no class.
     *
     * @param root   the root to style
     * @param locale the UI language
     */
    public static void apply(Parent root, Locale locale) {
        String css = Objects.requireNonNull(Styling.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
        }
        if (ScriptFonts.cjk(locale) && !root.getStyleClass().contains("lang-zh")) {
            root.getStyleClass().add("lang-zh");
        }
        if (ScriptFonts.traditional(locale) && !root.getStyleClass().contains("lang-zh-tw")) {
            root.getStyleClass().add("lang-zh-tw");
        }
    }

    /**
     * A style that gives one text the font family of its own script, for a language's name shown in another UI
     * language ("繁體中文" in the Russian UI has no glyphs in the Latin/Cyrillic default font).
     *
     * @param language the language the text is written in
     * @return {@code -fx-font-family: "...";}, or "" when the default font has the glyphs
     */
    public static String scriptFont(Locale language) {
        String family = ScriptFonts.family(language, System.getProperty("os.name"));
        return family == null ? "" : "-fx-font-family: \"" + family + "\";";
    }
}
