package org.valuelens.storage;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;

/**
 * Routes Flyway's messages to {@code java.util.logging}, dropping info and debug: Flyway's own detection would pick
 * Log4j or SLF4J (on the class path through POI) and print provider warnings, and its console logger writes to
 * standard output, which the CLI's {@code --json} mode reserves for one JSON object.
 */
final class FlywayLog implements Log {
    private final Logger logger;

    FlywayLog(Class<?> type) {
        this.logger = Logger.getLogger(type.getName());
    }

    @Override
    public void debug(String message) {
        // dropped
    }

    @Override
    public void info(String message) {
        // dropped: migrations are reported by the application itself
    }

    @Override
    public void warn(String message) {
        logger.warning(message);
    }

    @Override
    public void error(String message) {
        logger.severe(message);
    }

    @Override
    public void error(String message, Exception e) {
        logger.log(Level.SEVERE, message, e);
    }

    @Override
    public void notice(String message) {
        // dropped
    }
}
