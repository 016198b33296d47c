package io.mozart.launcher;

import io.mozart.launcher.config.LogLevel;

/**
 * Configures slf4j-simple, the logging back end inside {@code mozart.jar}, through its system properties. It
 * reads them once, when the first logger is created, so {@link #configure(LogLevel)} must run before any class
 * that holds a logger is used. Properties already set on the command line ({@code -Dorg.slf4j.simpleLogger...})
 * win. Format: {@code 23:41:02.123 INFO  MozartServerImpl - message}, on standard error.
 */
public final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    /**
     * Sets the level and the console format.
     *
     * @param level {@code Logging:Level}
     */
    public static void configure(final LogLevel level) {
        setDefault("defaultLogLevel", level.simpleLoggerName());
        setDefault("showDateTime", "true");
        setDefault("dateTimeFormat", "HH:mm:ss.SSS");
        setDefault("showThreadName", "false");
        setDefault("showShortLogName", "true");
        setDefault("levelInBrackets", "false");
        if (level.compareTo(LogLevel.INFO) >= 0) {
            // The connection pool and the migration tool are chatty at INFO; their problems still show.
            setDefault("log.com.zaxxer.hikari", "warn");
            setDefault("log.org.flywaydb", "warn");
            // A failed migration (full disk, read-only file) is reported once by the caller; Flyway's follow-up
            // rollback errors with their stack traces show only at debug level (issue 15).
            setDefault("log.org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate", "off");
        }
    }

    private static void setDefault(final String key, final String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
