package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.report.chart.ScriptFonts;
import org.valuelens.service.Language;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/**
 * The app started in one language with the sample dataset open: every page (every segmentation scheme, every CLV
 * tab), the Help dialogs and the import wizard show no missing-key marker, no English text of the bundles where the
 * language has its own, and no English model warning. Texts are gathered from the scene graph (labels, texts,
 * prompts, table columns, tabs, menus, context menus, combo box items) and from the charts on screen (titles, axis
 * labels, categories, legends). One subclass per language ({@link ChineseUiTextsTest} and the others).
 */
@ExtendWith(ApplicationExtension.class)
abstract class LanguageUiTexts {

    /** @return the language the app is started in */
    abstract Language language();

    /** @return translated segment names that must be among the texts (proves the charts and tables were read) */
    abstract String[] segmentNames();

    /** {@code !key!} from I18n and {@code [key]} from ChartText. */
    private static final Pattern MISSING = Pattern.compile("!([A-Za-z0-9_.]+\\.[A-Za-z0-9_.]+)!"
            + "|\\[[a-z][A-Za-z0-9_-]*\\.[A-Za-z0-9_.-]+]");

    /** Four English words in a row: a sentence, not a term such as "BG/NBD" or "LTV : CAC". */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z][a-z]+(?: [a-z]{2,}){3,}\\b");

    private static final Locale DEFAULT_LOCALE = Locale.getDefault();
    /** The font family of every chart title seen on the pages (CJK languages need their CJK family). */
    private static final Set<String> CHART_TITLE_FONTS = new TreeSet<>();

    @TempDir
    static Path dir;

    private AppShell shell;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SessionHolder sessions = new SessionHolder();

    /** Starts the app in {@link #language()}; each subclass calls it from its {@code @Start} method. */
    void startIn(Stage stage) {
        // as ValueLensApp does, so that JavaFX's own texts (table placeholders, dialog buttons) follow the language
        Locale.setDefault(language().locale());
        SessionWorkspaceActions actions = new SessionWorkspaceActions(sessions, dir.resolve("ws"),
                dir.resolve("samples"));
        shell = new AppShell(stage, new SettingsService(dir.resolve(language().tag() + ".properties")),
                Settings.DEFAULTS.withLanguage(language()), new DirectTaskExecutor(), actions,
                dialogs, sessions);
        stage.show();
    }

    @AfterEach
    void close() {
        Locale.setDefault(DEFAULT_LOCALE);
        sessions.close();
    }

    @Test
    void everyPageDialogAndTheWizardAreFullyTranslatedWithTheSampleOpen(FxRobot robot) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        CHART_TITLE_FONTS.clear();
        robot.interact(() -> shell.commands().openSample());
        assertThat(shell.workspace().isLoaded()).as("sample opened").isTrue();

        for (Page page : Page.values()) {
            robot.interact(() -> {
                shell.mainViewModel().showPage(page);
                layout();
            });
            texts.addAll(visible());
            switch (page) {
                case CLV -> robot.interact(() -> {
                    this.<TextField>find("#clv-calibration").setText("1997-09-30");
                    this.<Button>find("#clv-run").fire();
                    TabPane tabs = find("#clv-tabs");
                    for (int i = 0; i < tabs.getTabs().size(); i++) {
                        tabs.getSelectionModel().select(i);
                        layout();
                        texts.addAll(visible());
                    }
                });
                case SEGMENTS -> {
                    for (String scheme : new String[] {"tiers", "rfm", "kmeans", "quadrant", "churn"}) {
                        robot.interact(() -> {
                            this.<ComboBox<String>>find("#segments-scheme").setValue(scheme);
                            this.<TableView<?>>find("#segment-table").getSelectionModel().select(0);
                            layout();
                            texts.addAll(visible());
                        });
                    }
                    robot.interact(() -> {
                        this.<Button>find("#churn-explain").fire();
                        this.<TabPane>find("#segments-content .tab-pane").getSelectionModel().select(1);
                        layout();
                        texts.addAll(visible());
                        this.<Button>find("#migration-explain").fire();
                        this.<TabPane>find("#segments-content .tab-pane").getSelectionModel().select(0);
                    });
                }
                case SUBSCRIPTION -> robot.interact(() -> {
                    this.<Button>find("#sbg-example").fire();
                    this.<Button>find("#sbg-explain").fire();
                    layout();
                    texts.addAll(visible());
                    this.<TabPane>find("#page-subscription .tab-pane").getSelectionModel().select(1);
                    layout();
                    this.<Button>find("#bgbb-example").fire();
                    this.<Button>find("#bgbb-explain").fire();
                    layout();
                    texts.addAll(visible());
                });
                case COHORTS -> robot.interact(() -> {
                    this.<TextField>find("#cohorts-cac").setText("25");
                    this.<Button>find("#cohorts-run").fire();
                    layout();
                    texts.addAll(visible());
                });
                case CUSTOMERS -> robot.interact(() -> {
                    this.<TableView<?>>find("#customers-table").getSelectionModel().select(0);
                    layout();
                    texts.addAll(visible());
                });
                default -> robot.interact(() -> texts.addAll(visible()));
            }
        }
        robot.interact(() -> {
            shell.mainViewModel().showAbout();
            shell.mainViewModel().showGlossary();
        });
        for (FakeDialogService.Shown s : dialogs.shown) {
            texts.add(s.title());
            texts.add(s.message());
        }
        Path sample = dir.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream(SessionWorkspaceActions.SAMPLE_RESOURCE)) {
            Files.copy(in, sample);
        }
        robot.interact(() -> shell.commands().importFile(sample));
        robot.interact(() -> {
            Stage wizard = shell.lastImportWizard();
            assertThat(wizard).isNotNull();
            collect(wizard.getScene().getRoot(), texts);
            wizard.close();
        });

        Set<String> english = untranslatedEnglish();
        List<String> missing = texts.stream().filter(t -> t != null && MISSING.matcher(t).find()).toList();
        // the BG/BB table's columns x, t_x, n are the notation its hint defines, the same in every language
        List<String> untranslated = texts.stream().filter(t -> t != null && english.contains(t.strip())
                && !t.strip().matches("[A-Za-z](_[a-z])?")).toList();

        assertThat(texts).as("texts gathered").hasSizeGreaterThan(300);
        assertThat(texts).as("translated segment names are among them").contains(segmentNames());
        assertThat(missing).as("missing-key markers").isEmpty();
        assertThat(untranslated).as("English bundle texts in the " + language().tag() + " UI").isEmpty();
        Pattern englishWarning = Pattern.compile("⚠ [^\n]*\\b[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+\\b");
        assertThat(texts.stream().filter(t -> t != null && englishWarning.matcher(t).find()).toList())
                .as("model warnings left in English").isEmpty();
        assertThat(texts.stream().filter(t -> t != null && ENGLISH_SENTENCE.matcher(withoutQuotedEnglish(t)).find())
                .toList()).as("English sentences (four English words in a row) in the " + language().tag() + " UI")
                .isEmpty();
        String family = ScriptFonts.family(language().locale(), System.getProperty("os.name"));
        assertThat(CHART_TITLE_FONTS).as("chart title fonts").isNotEmpty()
                .allMatch(f -> family == null ? !f.contains("CJK") : f.equals(family));
        assertThat(texts.stream().filter(t -> t != null && t.contains("⚠")).toList())
                .as("the BG/NBD fit showed its warnings").isNotEmpty();
    }

    /**
     * Removes what stays English on purpose in every language: command lines ("valuelens segment --scheme churn"),
     * the title of a cited paper, file names, and the legal names of the bundled libraries' licences (About).
     */
    private static String withoutQuotedEnglish(String text) {
        return text.replaceAll("(?m)^\\S+ \\S+ — .*$", "").replaceAll("(?m)^OpenJDK runtime .*$", "")
                .replaceAll("valuelens [^。.\\n]*", "").replace("How to project customer retention", "")
                .replaceAll("[\\w.-]+\\.(csv|txt|xlsx|xls|pptx|png)", "");
    }

    private void layout() {
        shell.scene().getRoot().applyCss();
        shell.scene().getRoot().layout();
    }

    @SuppressWarnings("unchecked")
    private <T> T find(String id) {
        T node = (T) shell.scene().lookup(id);
        assertThat(node).as(id).isNotNull();
        return node;
    }

    private Set<String> visible() {
        Set<String> out = new LinkedHashSet<>();
        collect(shell.scene().getRoot(), out);
        return out;
    }

    /** Every text a user can see from this node down, including menus and the charts' own texts. */
    static void collect(Node node, Set<String> out) {
        if (node instanceof Labeled l) {
            out.add(l.getText());
            if (l.getTooltip() != null) {
                out.add(l.getTooltip().getText());
            }
            if (l.getGraphic() != null) {
                collect(l.getGraphic(), out);
            }
        }
        if (node instanceof Text t) {
            out.add(t.getText());
        }
        if (node instanceof TextInputControl t) {
            out.add(t.getPromptText());
        }
        if (node instanceof Control c && c.getContextMenu() != null) {
            c.getContextMenu().getItems().forEach(i -> menuItem(i, out));
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
            if (table.getPlaceholder() != null) {
                collect(table.getPlaceholder(), out);
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                out.add(tab.getText());
            }
        }
        if (node instanceof ComboBox<?> combo) {
            comboItems(combo, out);
        }
        if (node instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                menuItem(m, out);
            }
        }
        if (node instanceof ChartViewer viewer) {
            viewer.getContextMenu().getItems().forEach(i -> menuItem(i, out));
            chart(viewer.getChart(), out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static <T> void comboItems(ComboBox<T> combo, Set<String> out) {
        for (T item : combo.getItems()) {
            out.add(combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item));
        }
    }

    private static void column(TableColumn<?, ?> c, Set<String> out) {
        out.add(c.getText());
        c.getColumns().forEach(child -> column(child, out));
    }

    private static void menuItem(MenuItem item, Set<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menuItem(i, out));
        }
    }

    private static void chart(JFreeChart chart, Set<String> out) {
        if (chart == null) {
            return;
        }
        if (chart.getTitle() != null) {
            out.add(chart.getTitle().getText());
            CHART_TITLE_FONTS.add(chart.getTitle().getFont().getFamily());
        }
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        LegendItemCollection legend = chart.getPlot().getLegendItems();
        if (legend != null) {
            for (int i = 0; i < legend.getItemCount(); i++) {
                LegendItem item = legend.get(i);
                out.add(item.getLabel());
            }
        }
        if (chart.getPlot() instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                out.add(p.getDomainAxis(i) == null ? null : p.getDomainAxis(i).getLabel());
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                out.add(p.getRangeAxis(i) == null ? null : p.getRangeAxis(i).getLabel());
            }
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            out.add(p.getDomainAxis() == null ? null : p.getDomainAxis().getLabel());
            out.add(p.getRangeAxis() == null ? null : p.getRangeAxis().getLabel());
            for (int d = 0; d < p.getDatasetCount(); d++) {
                if (p.getDataset(d) != null) {
                    for (Object key : p.getDataset(d).getColumnKeys()) {
                        out.add(String.valueOf(key));
                    }
                }
            }
        }
    }

    /**
     * English texts of the GUI and chart bundles whose translation is different, less the texts the language's
     * bundles use themselves (e.g. "CLV" is the Chinese column header too, though the English sidebar entry
     * "CLV" is translated).
     */
    private Set<String> untranslatedEnglish() throws IOException {
        Set<String> english = new TreeSet<>();
        Set<String> chinese = new TreeSet<>();
        for (String base : new String[] {"/i18n/messages", "/i18n/charts"}) {
            Properties en = load(base + ".properties");
            Properties zh = load(base + "_" + language().locale() + ".properties");
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key).strip();
                if (!e.equals(zh.getProperty(key, "").strip())) {
                    english.add(e);
                }
            }
            zh.stringPropertyNames().forEach(k -> chinese.add(zh.getProperty(k).strip()));
        }
        english.removeAll(chinese);
        return english;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LanguageUiTexts.class.getResourceAsStream(resource);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
