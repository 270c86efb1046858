package org.valuelens.gui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.stage.Stage;
import org.valuelens.gui.common.FxTaskExecutor;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.service.Settings;
import org.valuelens.service.SettingsService;

/** The desktop application: composition root of the GUI. */
public final class ValueLensApp extends Application {

    private static final System.Logger LOG = System.getLogger(ValueLensApp.class.getName());

    private TaskExecutor executor;
    private final SessionHolder sessions = new SessionHolder();

    /**
     * Launches the app (blocks until the last window closes).
     *
     * @param args JavaFX arguments
     */
    public static void launchApp(String[] args) {
        Application.launch(ValueLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        long toolkitReady = sinceJvmStart();
        SettingsService settingsService = SettingsService.forCurrentUser();
        Settings settings;
        try {
            settings = settingsService.load();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings unreadable, using defaults: " + e.getMessage());
            settings = Settings.firstRun();
        }
        // built-in control texts (OK, Cancel, Show Details) follow the chosen language too
        java.util.Locale.setDefault(settings.language().locale());
        // one worker: the services of a workspace session are thread-confined, and jobs queue in order
        executor = new FxTaskExecutor(1);
        AppShell shell = new AppShell(stage, settingsService, settings, executor,
                SessionWorkspaceActions.forCurrentUser(sessions), null, sessions);
        // never larger than the screen's usable area (a 1024×640 screen gets the whole of it)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] first = AppShell.initialSize(screen.getWidth(), screen.getHeight());
        stage.setWidth(first[0]);
        stage.setHeight(first[1]);
        stage.setX(screen.getMinX() + (screen.getWidth() - first[0]) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - first[1]) / 2);
        stage.setOnShown(e -> LOG.log(System.Logger.Level.INFO,
                "ValueLens window shown {0} ms after JVM start (JavaFX toolkit ready at {1} ms)",
                Long.toString(sinceJvmStart()), Long.toString(toolkitReady)));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = ValueLensApp.class.getResource("/org/valuelens/icons/valuelens-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.show();
        shell.scene().getRoot().requestFocus();
        // the last workspace at its last active dataset, as the user left it
        shell.commands().reopenLast();
    }

    /** @return milliseconds since the JVM started */
    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        sessions.close();
    }
}
