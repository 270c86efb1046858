package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.valuelens.model.progress.CancelledException;

class DirectTaskExecutorTest {

    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @Test
    void resultGoesToOnSuccessBeforeSubmitReturns() {
        AtomicReference<Object> got = new AtomicReference<>();

        TaskHandle h = executor.submit(p -> 42, TaskCallbacks.of(got::set, e -> got.set(e)));

        assertThat(got.get()).isEqualTo(42);
        assertThat(h.isDone()).isTrue();
    }

    @Test
    void exceptionGoesToOnFailure() {
        AtomicReference<Throwable> got = new AtomicReference<>();
        IllegalStateException boom = new IllegalStateException("boom");

        executor.submit(p -> {
            throw boom;
        }, TaskCallbacks.of(r -> { }, got::set));

        assertThat(got.get()).isSameAs(boom);
    }

    @Test
    void progressIsForwardedAsFractionAndMessage() {
        List<String> updates = new ArrayList<>();

        executor.submit(p -> {
            p.progress(1, 4, "a");
            p.progress(5, -1, "b");
            return null;
        }, TaskCallbacks.of(r -> { }, e -> { }).withProgress((f, m) -> updates.add(f + " " + m)));

        assertThat(updates).containsExactly("0.25 a", "-1.0 b");
    }

    @Test
    void cancelledJobReportsCancelledExceptionNotSuccess() {
        AtomicReference<Object> got = new AtomicReference<>();
        executor.cancelNextJob();

        executor.submit(p -> {
            p.checkCancelled();
            return "done";
        }, TaskCallbacks.of(got::set, got::set));

        assertThat(got.get()).isInstanceOf(CancelledException.class);
    }
}
