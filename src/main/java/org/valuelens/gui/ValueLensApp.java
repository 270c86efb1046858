package org.valuelens.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application: composition root of the GUI. */
public final class ValueLensApp extends Application {

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
        stage.setTitle("ValueLens");
        stage.setScene(new Scene(new StackPane(new Label("ValueLens")), 1200, 800));
        stage.show();
    }
}
