package org.valuelens.storage;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway log creator named in {@link Workspace}'s Flyway configuration (Flyway instantiates it by class name, so it
 * is public with a public no-argument constructor). Not part of the storage API.
 */
public final class FlywayLogCreator implements LogCreator {

    /** Flyway instantiates this reflectively. */
    public FlywayLogCreator() {
        // nothing to set up
    }

    @Override
    public Log createLogger(Class<?> type) {
        return new FlywayLog(type);
    }
}
