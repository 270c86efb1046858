package org.valuelens.gui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records what a view model showed and answers choosers from a queue; for tests without a UI. */
public final class FakeDialogService implements DialogService {

    /** One shown message. */
    public record Shown(String kind, String title, String message, Throwable detail) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Path> chooserAnswers = new ArrayDeque<>();
    public final List<String> chooserTitles = new ArrayList<>();
    public boolean confirmAnswer = true;
    public final Deque<String> textAnswers = new ArrayDeque<>();

    @Override
    public void showError(String sentence, Throwable detail) {
        shown.add(new Shown("error", null, sentence, detail));
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message, null));
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        shown.add(new Shown("ask", title, message, null));
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        chooserTitles.add(title);
        return Optional.ofNullable(chooserAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        chooserTitles.add(title);
        return Optional.ofNullable(chooserAnswers.poll());
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        chooserTitles.add(title);
        return Optional.ofNullable(chooserAnswers.poll());
    }

    /** @return the last shown message, or null */
    public Shown last() {
        return shown.isEmpty() ? null : shown.get(shown.size() - 1);
    }
}
