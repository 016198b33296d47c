package io.mozart.launcher;

import io.mozart.api.storage.Storage;
import io.mozart.launcher.config.ConfigException;
import io.mozart.launcher.config.DatabaseConfig;
import io.mozart.launcher.config.JdbcTarget;
import io.mozart.launcher.config.SqliteSynchronous;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.memory.MemoryStorage;
import java.time.Clock;

/**
 * Opens the storage {@code [Db]} names: {@code Sqlite} (a file, WAL mode, shared safely with a running server),
 * {@code Postgres} (a PostgreSQL server), {@code MySql} (a MySQL or MariaDB server) — for both the database must
 * exist and Mozart migrates its schema — or {@code Memory} (lost at exit).
 */
public final class StorageFactory {

    private static final String SQLITE_MEMORY = "jdbc:sqlite::memory:";

    private StorageFactory() {}

    /**
     * Refuses a database Mozart cannot open, before anything is opened or written.
     *
     * @param db the {@code [Db]} section
     * @throws ConfigException naming {@code Db:Driver} or {@code Db:Url}; the launcher exits with code 2
     */
    public static void check(DatabaseConfig db) {
        switch (db.driver()) {
            case MEMORY -> {}
            case SQLITE -> {
                if (db.jdbc().orElseThrow().url().equalsIgnoreCase(SQLITE_MEMORY)) {
                    throw new ConfigException(
                            "Db:Url",
                            "Db:Url = '" + db.url() + "': an in-memory SQLite database"
                                    + " would be a different empty database on every pooled connection; use"
                                    + " Db:Driver=Memory instead");
                }
            }
            case POSTGRES, MYSQL -> {}
        }
    }

    /**
     * Opens the storage. SQLite files are created when missing (a PostgreSQL or MySQL database is not); call
     * {@link Storage#migrate()} before use.
     *
     * @param db the {@code [Db]} section, {@linkplain #check(DatabaseConfig) checked}
     * @return the storage; the caller closes it
     */
    public static Storage open(DatabaseConfig db) {
        return open(db, SqliteSynchronous.FULL);
    }

    /**
     * Opens the storage, as {@link #open(DatabaseConfig)}, with SQLite's durability chosen.
     *
     * @param db          the {@code [Db]} section
     * @param synchronous {@code Db:Synchronous} (SQLite only)
     * @return the storage; the caller closes it
     */
    public static Storage open(DatabaseConfig db, SqliteSynchronous synchronous) {
        check(db);
        return switch (db.driver()) {
            case MEMORY -> new MemoryStorage();
            case SQLITE, POSTGRES, MYSQL -> {
                final JdbcTarget target = db.jdbc().orElseThrow();
                yield JdbiStorage.open(
                        target.url(),
                        target.user().orElse(null),
                        target.password().orElse(null),
                        Clock.systemUTC(),
                        synchronous == SqliteSynchronous.FULL);
            }
        };
    }

    /**
     * @param db the {@code [Db]} section
     * @return where the data lives, for the start-up banner (no password)
     */
    public static String describe(DatabaseConfig db) {
        return switch (db.driver()) {
            case MEMORY -> "in memory as '" + db.name() + "' (lost at exit)";
            case SQLITE -> "SQLite " + db.jdbc().orElseThrow().url().substring("jdbc:sqlite:".length());
            case POSTGRES ->
                "PostgreSQL " + withoutPassword(db.jdbc().orElseThrow().url());
            case MYSQL -> "MySQL " + withoutPassword(db.jdbc().orElseThrow().url());
        };
    }

    /** @return a JDBC URL with the value of a {@code password=} parameter replaced by {@code ***} */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }
}
