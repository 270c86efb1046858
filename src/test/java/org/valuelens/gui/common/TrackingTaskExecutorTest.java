package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingTaskExecutorTest {

    private final TrackingTaskExecutor tasks = new TrackingTaskExecutor(new DirectTaskExecutor());

    @Test
    void statusShowsLabelProgressAndMessageWhileTheJobRuns() {
        List<String> seen = new ArrayList<>();

        tasks.submit("Importing", p -> {
            seen.add(tasks.runningProperty().get() + " " + tasks.messageProperty().get());
            p.progress(3, 4, "rows");
            seen.add(tasks.progressProperty().get() + " " + tasks.messageProperty().get());
            return null;
        }, TaskCallbacks.of(r -> { }, e -> { }));

        assertThat(seen).containsExactly("true Importing", "0.75 rows");
    }

    @Test
    void statusIsClearedWhenTheJobSucceeds() {
        tasks.submit("x", p -> 1, TaskCallbacks.of(r -> { }, e -> { }));

        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
    }

    @Test
    void statusIsClearedBeforeTheFailureCallbackRuns() {
        List<Boolean> runningInCallback = new ArrayList<>();

        tasks.submit("x", p -> {
            throw new IllegalStateException();
        }, TaskCallbacks.of(r -> { }, e -> runningInCallback.add(tasks.runningProperty().get())));

        assertThat(runningInCallback).containsExactly(false);
    }

    @Test
    void callerCallbacksStillReceiveProgress() {
        List<Double> fractions = new ArrayList<>();

        tasks.submit("x", p -> {
            p.progress(1, 2, null);
            return null;
        }, TaskCallbacks.<Object>of(r -> { }, e -> { }).withProgress((f, m) -> fractions.add(f)));

        assertThat(fractions).containsExactly(0.5);
    }

    @Test
    void cancelWithoutARunningJobDoesNothing() {
        tasks.cancelCurrent();

        assertThat(tasks.runningProperty().get()).isFalse();
    }
}
