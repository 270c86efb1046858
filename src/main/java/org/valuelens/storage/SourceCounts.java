package org.valuelens.storage;

import java.time.LocalDate;

/**
 * The row counts of an import whose source rows were counted where they live (a database import): they replace the
 * writer's own counts of the rows it was handed, which are aggregates rather than source rows.
 *
 * @param rowsImported accepted source rows
 * @param rowsRejected rejected source rows (counted, their text not stored)
 * @param returns      accepted source rows that are returns
 * @param customers    distinct customers among the accepted rows
 * @param firstDay     earliest accepted day, {@code null} when none
 * @param lastDay      latest accepted day, {@code null} when none
 */
public record SourceCounts(long rowsImported, long rowsRejected, long returns, int customers, LocalDate firstDay,
                           LocalDate lastDay) {
}
