package io.mozart.server.storage.jdbi;

import java.util.List;
import java.util.Locale;

/**
 * The SQL dialect of a JDBC URL; decides the Flyway migration locations.
 */
public enum Dialect {
    /** SQLite (default). */
    SQLITE("sqlite"),
    /** PostgreSQL (migrations not written yet). */
    POSTGRESQL("postgresql"),
    /** MySQL (migrations not written yet). */
    MYSQL("mysql");

    private final String folder;

    Dialect(final String folder) {
        this.folder = folder;
    }

    /**
     * @return Flyway locations: the portable folder, then this dialect's
     */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }

    /**
     * @param jdbcUrl a JDBC URL
     * @return its dialect
     * @throws IllegalArgumentException for an unsupported database
     */
    public static Dialect of(final String jdbcUrl) {
        final String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL: " + jdbcUrl);
    }
}
