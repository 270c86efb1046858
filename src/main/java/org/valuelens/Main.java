package org.valuelens;

import org.valuelens.cli.ValueLensCommand;

/**
 * Plain launcher (no JavaFX superclass, so a class-path jar can start JavaFX). Without arguments it opens the
 * desktop app; with arguments it runs the command line.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args command-line arguments; empty opens the desktop app
     */
    public static void main(String[] args) {
        // POI logs through the Log4j API; without a provider it warns on stderr. Route it to the API's simple
        // logger and keep it quiet, so that command-line errors stay one plain sentence.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        if (args.length == 0) {
            org.valuelens.gui.ValueLensApp.launchApp(args);
            return;
        }
        System.exit(ValueLensCommand.run(args));
    }
}
