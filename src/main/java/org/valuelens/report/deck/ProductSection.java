package org.valuelens.report.deck;

import java.util.List;
import java.util.Map;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.ValueCurves;

/**
 * The report's product figures (issue 17): the first-product table, N-day value by acquisition month and, when the
 * data has channels, N-day value by channel with the payback day of each channel's CAC.
 *
 * @param first         the first-product table, {@code null} when the dataset has no product column
 * @param names         product names ("code — description") by product key (empty without products)
 * @param cohorts       N-day value by acquisition month ({@code null} not permitted)
 * @param channels      N-day value by channel, {@code null} when the dataset has no channel column
 * @param channelCurves daily cumulative value by channel (payback), {@code null} with {@code channels}
 * @param channelCac    channel → acquisition cost per customer, only channels with a known cost
 */
public record ProductSection(FirstProductTable first, List<String> names, LtvCohortTable cohorts,
                             LtvCohortTable channels, ValueCurves channelCurves, Map<String, Double> channelCac) {

    /** Checks and copies. */
    public ProductSection {
        java.util.Objects.requireNonNull(cohorts, "cohorts");
        names = List.copyOf(names);
        channelCac = channelCac == null ? Map.of() : Map.copyOf(channelCac);
        if ((channels == null) != (channelCurves == null)) {
            throw new IllegalArgumentException("channels and their curves go together");
        }
    }

    /** A section without channels (see the canonical constructor for the parameters). */
    public ProductSection(FirstProductTable first, List<String> names, LtvCohortTable cohorts) {
        this(first, names, cohorts, null, null, Map.of());
    }
}
