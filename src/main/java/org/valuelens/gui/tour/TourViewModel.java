package org.valuelens.gui.tour;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.valuelens.gui.Page;

/**
 * The guided tour over the sample dataset: an ordered list of steps, each showing a page and pointing at one of
 * its controls. Starting opens the bundled sample when no data is open. FX thread only.
 */
public final class TourViewModel {

    /**
     * One step.
     *
     * @param page     the page to show
     * @param targetId the id of the control to point at (without '#')
     * @param titleKey bundle key of the step title
     * @param textKey  bundle key of the explanation
     */
    public record Step(Page page, String targetId, String titleKey, String textKey) {
    }

    /** The steps, in order. */
    public static final List<Step> STEPS = List.of(
            new Step(Page.OVERVIEW, "overview-kpis", "tour.overview.title", "tour.overview.text"),
            new Step(Page.CLV, "clv-method", "tour.clv.title", "tour.clv.text"),
            new Step(Page.CLV, "clv-explain", "tour.explain.title", "tour.explain.text"),
            new Step(Page.SEGMENTS, "segments-chart", "tour.segments.title", "tour.segments.text"),
            new Step(Page.COHORTS, "cohorts-run", "tour.cohorts.title", "tour.cohorts.text"),
            new Step(Page.WHATIF, "whatif-lifespan", "tour.whatif.title", "tour.whatif.text"));

    private final Consumer<Page> showPage;
    private final BooleanSupplier loaded;
    private final Runnable openSample;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding first = Bindings.createBooleanBinding(() -> index.get() <= 0, index);
    private final BooleanBinding last = Bindings.createBooleanBinding(() -> index.get() >= STEPS.size() - 1, index);

    /**
     * @param showPage   shows a page of the main window
     * @param loaded     whether a dataset is open
     * @param openSample opens the bundled sample dataset (in the background)
     */
    public TourViewModel(Consumer<Page> showPage, BooleanSupplier loaded, Runnable openSample) {
        this.showPage = Objects.requireNonNull(showPage, "showPage");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.openSample = Objects.requireNonNull(openSample, "openSample");
    }

    // Properties //

    /** @return the current step's index, -1 when the tour is closed */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** @return the current step, {@code null} when closed */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** @return whether the tour is showing */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** @return whether the current step is the first (Back disabled) */
    public BooleanBinding firstProperty() {
        return first;
    }

    /** @return whether the current step is the last (Next finishes) */
    public BooleanBinding lastProperty() {
        return last;
    }

    /** @return the number of steps */
    public int size() {
        return STEPS.size();
    }

    // Commands //

    /** Help ▸ Take the tour: opens the sample when nothing is open and shows the first step. */
    public void start() {
        if (!loaded.getAsBoolean()) {
            openSample.run();
        }
        active.set(true);
        go(0);
    }

    /** Shows the next step, or closes the tour after the last. */
    public void next() {
        if (index.get() >= STEPS.size() - 1) {
            close();
        } else {
            go(index.get() + 1);
        }
    }

    /** Shows the previous step (nothing on the first). */
    public void back() {
        if (index.get() > 0) {
            go(index.get() - 1);
        }
    }

    /** Ends the tour. */
    public void close() {
        active.set(false);
        index.set(-1);
        step.set(null);
    }

    private void go(int i) {
        Step s = STEPS.get(i);
        showPage.accept(s.page());
        index.set(i);
        step.set(s);
    }
}
