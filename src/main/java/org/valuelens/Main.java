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
        if (args.length == 0) {
            org.valuelens.gui.ValueLensApp.launchApp(args);
            return;
        }
        System.exit(ValueLensCommand.run(args));
    }
}
