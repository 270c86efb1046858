package org.valuelens.report.deck;

import java.util.List;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.LtvCohortTable;

/**
 * The report's product figures (issue 17): the first-product table and N-day value by acquisition month.
 *
 * @param first   the first-product table, {@code null} when the dataset has no product column
 * @param names   product names ("code — description") by product key (empty without products)
 * @param cohorts N-day value by acquisition month ({@code null} not permitted)
 */
public record ProductSection(FirstProductTable first, List<String> names, LtvCohortTable cohorts) {

    /** Checks and copies. */
    public ProductSection {
        java.util.Objects.requireNonNull(cohorts, "cohorts");
        names = List.copyOf(names);
    }
}
