package org.valuelens.gui.common;

/**
 * Shows the progress messages of the services and the importer ("Reading rows: 60000", "Fitting bg-nbd") in the
 * interface language. The services speak English (the command line prints them as they are); the patterns below
 * follow their texts, and {@code ProgressTextsTest} checks them against the real ones.
 */
public final class ProgressTexts {

    private static final String ANY = "(.+)";
    private static final KnownSentences KNOWN = KnownSentences.none()
            .with("Reading rows: (\\d+)", "progress.readingRows")
            .with("Read (\\d+) rows", "progress.readRows")
            .with("Summarising customers", "progress.summarising")
            .with("Computing CLV", "progress.computingClv")
            .with("Computing CLV \\(" + ANY + "\\)", "progress.computingClvMethod")
            .with("Segmenting customers \\(" + ANY + "\\)", "progress.segmenting")
            .with("Writing the report", "progress.writingReport")
            .with("Building cohorts", "progress.buildingCohorts")
            .with("Checking " + ANY + " on a holdout period", "progress.holdout")
            .with("Reading transactions", "progress.readingTransactions")
            .with("Checking formats", "progress.checkingFormats")
            .with("Checking " + ANY, "progress.checking")
            .with("Saving " + ANY, "progress.saving")
            .with("Imported " + ANY, "progress.imported")
            .with("Fitting " + ANY, "progress.fitting");

    private ProgressTexts() {
    }

    /**
     * @param message a progress message of the import service, {@code null} permitted
     * @return whether it says the import has read every row and now saves them ("Saving orders.csv")
     */
    public static boolean isSaving(String message) {
        return message != null && message.startsWith("Saving ");
    }

    /**
     * @param i18n    texts ({@code null} not permitted)
     * @param message a progress message ({@code null} gives "")
     * @return the message in the interface language when it is a known one, otherwise unchanged
     */
    public static String localise(I18n i18n, String message) {
        return KNOWN.localise(i18n, message);
    }
}
