package org.valuelens.report.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ReportDeck#write} wrote.
 *
 * @param deck     the .pptx file
 * @param workbook the .xlsx file
 * @param charts   the chart PNG files, in slide order (copied)
 * @param slides   number of slides in the deck
 */
public record ReportFiles(Path deck, Path workbook, List<Path> charts, int slides) {
    /** Checks and copies. */
    public ReportFiles {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(workbook, "workbook");
        charts = List.copyOf(charts);
    }
}
