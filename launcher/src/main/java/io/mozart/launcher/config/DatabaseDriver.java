package io.mozart.launcher.config;

/**
 * {@code Db:Driver}: the storage Mozart uses. The reference also names {@code SqlServer} and {@code MongoDb};
 * Mozart has no storage for them and refuses them at start-up (as the reference refuses {@code Couchbase}).
 */
public enum DatabaseDriver {
    /** In-memory storage, lost at exit ({@code Db:Name} names it). */
    MEMORY("Memory", null),
    /** A SQLite file (the default: {@code O2JAM.db} in the working directory). */
    SQLITE("Sqlite", "jdbc:sqlite:"),
    /** MySQL or MariaDB. */
    MYSQL("MySql", "jdbc:mysql:"),
    /** PostgreSQL. */
    POSTGRES("Postgres", "jdbc:postgresql:");

    private final String configName;
    private final String jdbcPrefix;

    DatabaseDriver(String configName, String jdbcPrefix) {
        this.configName = configName;
        this.jdbcPrefix = jdbcPrefix;
    }

    /** @return the name as written in config.ini */
    public String configName() {
        return configName;
    }

    /** @return the JDBC URL prefix of this driver, {@code null} for {@link #MEMORY} */
    String jdbcPrefix() {
        return jdbcPrefix;
    }
}
