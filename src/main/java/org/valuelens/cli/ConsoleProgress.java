package org.valuelens.cli;

import org.valuelens.model.progress.ProgressListener;

/** Progress on stderr, at most once a second; silent in JSON mode and when stderr is not a console. */
final class ConsoleProgress implements ProgressListener {
    private final java.io.PrintWriter err;
    private final boolean quiet;
    private long last;

    ConsoleProgress(picocli.CommandLine.Model.CommandSpec spec, boolean quiet) {
        this.err = spec.commandLine().getErr();
        this.quiet = quiet || System.console() == null;
    }

    @Override
    public void progress(long done, long total, String message) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < 1_000_000_000L) {
            return;
        }
        last = now;
        err.printf("\r%s %s", message == null ? "" : message,
                total > 0 ? String.format("%d%%", Math.min(100, done * 100 / total)) : String.format("%,d", done));
        err.flush();
    }
}
