package org.valuelens.importer;

import java.util.Locale;

/** Why a source row was not imported. {@link #code()} is the stable key used in JSON and the database. */
public enum RejectReason {
    MISSING_CUSTOMER_ID, MISSING_DATE, BAD_DATE, MISSING_AMOUNT, BAD_NUMBER, DUPLICATE_ROW, WRONG_COLUMN_COUNT,
    AMBIGUOUS_DATE;

    /** @return lower-kebab-case code, e.g. {@code missing-customer-id} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
