package org.valuelens.importer.jdbc;

import java.util.Objects;

/**
 * One column of a database source, as its metadata names it.
 *
 * @param name the column name exactly as the database reports it ({@code null} not permitted)
 * @param kind what the column holds, from its JDBC type
 */
public record SourceColumn(String name, Kind kind) {

    /** The JDBC types grouped by what the import can do with them. */
    public enum Kind {
        /** CHAR, VARCHAR, TEXT, ...: customer ids, channels, invoices */
        TEXT,
        /** integers and decimals: amounts, quantities, prices, costs, also numeric customer ids */
        NUMBER,
        /** DATE, TIMESTAMP (with or without time zone) */
        DATE,
        /** anything else (binary, boolean, arrays, ...) */
        OTHER
    }

    /** Checks the arguments. */
    public SourceColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
