package org.valuelens.report.deck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the report: a 16:9 PowerPoint deck of eight slides (title, key figures, CLV distribution, quadrant, RFM,
 * cohorts, channels, method and accuracy) with editable text, chart pictures and speaker notes holding each
 * slide's figures; a companion workbook with every table behind the slides; and the chart PNGs.
 *
 * <p>Usage: {@code ReportFiles files = ReportDeck.write(data, Locale.ENGLISH, outDir);}
 */
public final class ReportDeck {
    /** File name of the deck in the output folder. */
    public static final String DECK_FILE = "valuelens-report.pptx";
    /** File name of the workbook in the output folder. */
    public static final String WORKBOOK_FILE = "valuelens-report.xlsx";
    /** Folder of the chart PNGs in the output folder. */
    public static final String CHART_DIR = "charts";
    /** Chart pictures are rendered at this many pixels per slide point (a 960 pt slide = 1920 px). */
    public static final double PIXELS_PER_POINT = DeckBuilder.SCALE;

    private ReportDeck() {
    }

    /**
     * Writes {@value #DECK_FILE}, {@value #WORKBOOK_FILE} and {@value #CHART_DIR}/*.png into a folder (created when
     * missing; existing files of these names are replaced).
     *
     * @param data   the gathered figures ({@code null} not permitted)
     * @param locale language of every text and number format ({@code null} not permitted; English fallback)
     * @param outDir the output folder ({@code null} not permitted)
     * @return the files written and the slide count
     * @throws IOException when a file cannot be written
     */
    public static ReportFiles write(ReportData data, Locale locale, Path outDir) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(locale, "locale");
        Files.createDirectories(outDir);
        ReportText text = ReportText.of(locale, data.header().currency());
        Path deck = outDir.resolve(DECK_FILE);
        Path workbook = outDir.resolve(WORKBOOK_FILE);
        DeckBuilder builder = new DeckBuilder(data, text, outDir.resolve(CHART_DIR));
        int slides;
        try {
            slides = builder.write(deck);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        new WorkbookBuilder(data, text).write(workbook);
        return new ReportFiles(deck, workbook, builder.charts(), slides);
    }

    /**
     * The sheet names of the workbook for a locale, in order (what {@link #write} produces for {@code data}).
     *
     * @param data   the figures
     * @param locale the language
     * @return the sheet names
     */
    public static List<String> sheetNames(ReportData data, Locale locale) {
        return new WorkbookBuilder(data, ReportText.of(locale, data.header().currency())).sheetNames();
    }
}
