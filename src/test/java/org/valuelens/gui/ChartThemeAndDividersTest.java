package org.valuelens.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.overlay.OverlayFX;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.service.DividerStore;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;
import org.valuelens.service.Theme;

/**
 * The running window with the sample: switching light ↔ dark draws every chart again (also the charts of pages
 * and tabs not shown), and every split pane keeps its divider where the user left it, across page switches and
 * across a restart of the window on the same settings folder.
 */
@ExtendWith(ApplicationExtension.class)
class ChartThemeAndDividersTest {
    @TempDir
    Path dir;

    private Stage stage;
    private final List<SessionHolder> sessions = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        sessions.forEach(SessionHolder::close);
    }

    @Test
    void switchingThemeDrawsEveryChartAgain(FxRobot robot) {
        AppShell shell = open(robot, Theme.LIGHT);
        for (Page page : new Page[] {Page.OVERVIEW, Page.CLV, Page.COHORTS, Page.SEGMENTS}) {
            robot.interact(() -> shell.mainViewModel().showPage(page));
            run(robot, shell, page);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Map<ChartCanvas, int[]> draws = new IdentityHashMap<>();
        robot.interact(() -> {
            for (ChartViewer v : viewers(shell)) {
                if (v.getCanvas().getWidth() <= 0 || v.getCanvas().getHeight() <= 0) {
                    continue; // never laid out (a tab not opened yet): drawn when it is first shown
                }
                int[] count = {0};
                v.getCanvas().addOverlay(new Counting(count));
                draws.put(v.getCanvas(), count);
            }
        });
        assertThat(draws).as("charts of Overview, CLV, Cohorts and Segments built").hasSizeGreaterThanOrEqualTo(7);
        for (Theme theme : new Theme[] {Theme.DARK, Theme.LIGHT}) {
            draws.values().forEach(c -> c[0] = 0);
            robot.interact(() -> shell.settings().update(s -> s.withTheme(theme)));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> notDrawn = new ArrayList<>();
            robot.interact(() -> {
                for (ChartViewer v : viewers(shell)) {
                    if (draws.containsKey(v.getCanvas()) && draws.get(v.getCanvas())[0] == 0) {
                        notDrawn.add(v.getId() + " (" + v.getChart().getTitle().getText() + ")");
                    }
                }
            });
            assertThat(notDrawn).as("charts not drawn again after switching to " + theme).isEmpty();
            robot.interact(() -> shell.mainViewModel().showPage(Page.COHORTS));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> dark = new ArrayList<>();
            robot.interact(() -> {
                shell.scene().getRoot().applyCss();
                shell.scene().getRoot().layout();
                for (ChartViewer v : viewers(shell)) {
                    if (v.getScene() != null && v.getWidth() > 20 && v.getHeight() > 20) {
                        int argb = v.snapshot(null, null).getPixelReader().getArgb(4, 4);
                        if (argb != 0xffffffff) {
                            dark.add(v.getChart().getTitle().getText() + " " + Integer.toHexString(argb));
                        }
                    }
                }
            });
            assertThat(dark).as("charts whose background is not white after switching to " + theme).isEmpty();
        }
    }

    @Test
    void splitPanesKeepTheirDividersAcrossPageSwitchesAndRestarts(FxRobot robot) {
        AppShell first = open(robot, Theme.LIGHT);
        Page[] pages = {Page.CLV, Page.SEGMENTS, Page.CHANNELS, Page.CUSTOMERS};
        Map<Page, Double> set = new java.util.EnumMap<>(Page.class);
        for (Page page : pages) {
            robot.interact(() -> first.mainViewModel().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            double[] before = new double[1];
            robot.interact(() -> {
                SplitPane split = firstSplit(first.scene().getRoot());
                before[0] = split.getDividerPositions()[0];
                // a position the view does not open at, inside what its panes' minimum sizes allow
                split.setDividerPositions(before[0] + (before[0] < 0.5 ? 0.08 : -0.06));
            });
            WaitForAsyncUtils.waitForFxEvents();
            double[] now = new double[1];
            robot.interact(() -> {
                Parent root = first.scene().getRoot();
                root.layout();
                now[0] = firstSplit(root).getDividerPositions()[0];
            });
            assertThat(Math.abs(now[0] - before[0])).as(page + " divider moved").isGreaterThan(0.03);
            set.put(page, now[0]);
        }
        for (Page page : pages) { // away and back: still there
            robot.interact(() -> first.mainViewModel().showPage(Page.OVERVIEW));
            robot.interact(() -> first.mainViewModel().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            double[] now = new double[1];
            robot.interact(() -> now[0] = firstSplit(first.scene().getRoot()).getDividerPositions()[0]);
            assertThat(now[0]).as(page + " after a page switch").isCloseTo(set.get(page), within(0.01));
        }
        robot.interact(() -> stage.hide()); // closing the window writes the positions
        Path file = dir.resolve("dividers.properties");
        assertThat(new DividerStore(file).load()).as("saved in " + file).containsKeys("CLV.0", "SEGMENTS.0",
                "CHANNELS.0", "CUSTOMERS.0");

        AppShell second = open(robot, Theme.LIGHT);
        for (Page page : pages) {
            robot.interact(() -> second.mainViewModel().showPage(page));
            WaitForAsyncUtils.waitForFxEvents();
            double[] now = new double[1];
            robot.interact(() -> now[0] = firstSplit(second.scene().getRoot()).getDividerPositions()[0]);
            assertThat(now[0]).as(page + " after a restart").isCloseTo(set.get(page), within(0.01));
        }
    }

    private AppShell open(FxRobot robot, Theme theme) {
        SessionHolder holder = new SessionHolder();
        sessions.add(holder);
        AppShell[] shell = new AppShell[1];
        robot.interact(() -> {
            SessionWorkspaceActions actions = new SessionWorkspaceActions(holder, dir.resolve("ws"),
                    dir.resolve("samples"));
            shell[0] = new AppShell(stage, new SettingsService(dir.resolve("settings.properties")),
                    Settings.DEFAULTS.withTheme(theme), new DirectTaskExecutor(), actions, new FakeDialogService(),
                    holder);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            shell[0].commands().openSample();
        });
        assertThat(shell[0].workspace().isLoaded()).as("sample opened").isTrue();
        return shell[0];
    }

    private static void run(FxRobot robot, AppShell shell, Page page) {
        robot.interact(() -> {
            switch (page) {
                case CLV -> {
                    ((TextField) shell.scene().lookup("#clv-calibration")).setText("1997-09-30");
                    ((Button) shell.scene().lookup("#clv-run")).fire();
                }
                case COHORTS -> ((Button) shell.scene().lookup("#cohorts-run")).fire();
                default -> {
                }
            }
        });
    }

    /** Every chart viewer with a chart in the window's pages built so far, shown or not. */
    private static List<ChartViewer> viewers(AppShell shell) {
        List<ChartViewer> out = new ArrayList<>();
        for (Node page : shell.builtPages()) {
            collect(page, out);
        }
        return out;
    }

    private static void collect(Node node, List<ChartViewer> out) {
        if (node instanceof ChartViewer v) {
            if (v.getChart() != null) {
                out.add(v);
            }
            return;
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    collect(t.getContent(), out);
                }
            });
        } else if (node instanceof SplitPane s) {
            s.getItems().forEach(i -> collect(i, out));
        } else if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static SplitPane firstSplit(Node node) {
        if (node instanceof SplitPane s && s.isVisible() && s.getScene() != null) {
            return s;
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isVisible()) {
                    SplitPane s = firstSplit(c);
                    if (s != null) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    /** Counts the draws of a chart canvas (JFreeChart-FX paints the overlays at the end of every draw). */
    private static final class Counting implements OverlayFX {
        private final int[] count;

        Counting(int[] count) {
            this.count = count;
        }

        @Override
        public void paintOverlay(java.awt.Graphics2D g2, ChartCanvas canvas) {
            count[0]++;
        }

        @Override
        public void paintOverlay(java.awt.Graphics2D g2, org.jfree.chart.ChartPanel panel) {
            count[0]++;
        }

        @Override
        public void addChangeListener(org.jfree.chart.event.OverlayChangeListener l) {
        }

        @Override
        public void removeChangeListener(org.jfree.chart.event.OverlayChangeListener l) {
        }
    }
}
