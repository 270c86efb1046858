package org.valuelens.gui.explain;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;

/**
 * Opens a "How is this computed?" window for a request; the pages receive it as a {@code Consumer<ExplainRequest>}
 * from the composition root. FX thread only.
 */
public final class Explainer implements Consumer<ExplainRequest> {

    private final Supplier<Window> owner;
    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final UserSettings settings;
    private final I18n i18n;
    private final Runnable glossary;
    private Stage last;
    private ExplainViewModel lastModel;

    /**
     * @param owner    the main window
     * @param sessions the open workspace's services
     * @param tasks    runs the explanation
     * @param settings currency symbol
     * @param i18n     texts
     * @param glossary opens the glossary ({@code null} = none)
     */
    public Explainer(Supplier<Window> owner, SessionHolder sessions, TaskExecutor tasks, UserSettings settings,
                     I18n i18n, Runnable glossary) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.glossary = glossary;
    }

    /** @param request what to explain: opens a window and computes the explanation in the background */
    @Override
    public void accept(ExplainRequest request) {
        ExplainViewModel vm = new ExplainViewModel(sessions, tasks, settings, i18n);
        last = ExplainView.open(owner.get(), vm, i18n, glossary);
        lastModel = vm;
        vm.load(request);
    }

    /** @return the most recently opened window, {@code null} before any */
    public Stage lastWindow() {
        return last;
    }

    /** @return the most recent window's view model, {@code null} before any */
    public ExplainViewModel lastModel() {
        return lastModel;
    }
}
