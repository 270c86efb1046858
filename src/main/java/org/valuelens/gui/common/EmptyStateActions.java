package org.valuelens.gui.common;

/** What a page's empty state offers: the two ways to get data. Implemented by the workspace commands. */
public interface EmptyStateActions {

    /** Does nothing; for pages built in tests. */
    EmptyStateActions NONE = new EmptyStateActions() {
        @Override
        public void openSample() {
            // nothing
        }

        @Override
        public void chooseAndImport() {
            // nothing
        }
    };

    /** Opens the bundled sample dataset in the background. */
    void openSample();

    /** Lets the user choose a data file, then imports it in the background. */
    void chooseAndImport();
}
