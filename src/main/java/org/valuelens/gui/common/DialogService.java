package org.valuelens.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs and file choosers, behind an interface so view models can be tested with a fake. All texts are passed
 * in already localised. Methods block until the user answers and must be called on the FX thread.
 */
public interface DialogService {

    /**
     * Shows an error: one plain sentence for the user and, collapsed, the technical detail.
     *
     * @param sentence what went wrong and what to do, one sentence ({@code null} not permitted)
     * @param detail   the cause, shown as its stack trace in an expandable area ({@code null} permitted)
     */
    void showError(String sentence, Throwable detail);

    /**
     * @param title   the dialog title
     * @param message the information
     */
    void showInfo(String title, String message);

    /**
     * Information with a longer text the user can expand (e.g. the licence list in About).
     *
     * @param title   the dialog title
     * @param message the information
     * @param details the expandable text
     */
    default void showInfo(String title, String message, String details) {
        showInfo(title, message + "\n\n" + details);
    }

    /**
     * @param title   the dialog title
     * @param message the question
     * @return {@code true} when the user confirmed
     */
    boolean confirm(String title, String message);

    /**
     * A question whose confirming button says what it does (e.g. "Open that dataset", "Delete").
     *
     * @param title        the dialog title
     * @param message      the question
     * @param confirmLabel the confirming button's text
     * @return {@code true} when the user pressed that button
     */
    default boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message);
    }

    /**
     * Asks for one line of text.
     *
     * @param title   the dialog title
     * @param message what to type
     * @param initial the text to start from ({@code null} = empty)
     * @return the text typed, empty when cancelled
     */
    default Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }

    /**
     * @param title   the chooser title
     * @param filters the file types offered, first is selected
     * @return the chosen existing file, or empty when cancelled
     */
    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    /**
     * @param title       the chooser title
     * @param initialName the suggested file name
     * @param filters     the file types offered, first is selected
     * @return the chosen target file, or empty when cancelled
     */
    Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters);

    /**
     * @param title the chooser title
     * @return the chosen folder, or empty when cancelled
     */
    Optional<Path> chooseDirectory(String title);
}
