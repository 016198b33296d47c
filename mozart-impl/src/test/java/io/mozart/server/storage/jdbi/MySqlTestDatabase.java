package io.mozart.server.storage.jdbi;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The MySQL (or MariaDB) server the tests run against, named by environment variables ({@code .ci/run} sets
 * them). MySQL has no schemas inside a database, so every {@link #newDatabase()} is a fresh, uniquely named
 * database on that server; {@link #close()} drops the databases it created.
 *
 * <p>Without {@value #URL} the tests are skipped (a JUnit assumption that says how to enable them), unless
 * {@code CI=true}: then they fail, so CI can never skip them silently.
 */
public final class MySqlTestDatabase implements AutoCloseable {

    /** JDBC URL of the test database, e.g. {@code jdbc:mysql://127.0.0.1:3306/mozart_test}. */
    public static final String URL = "MOZART_TEST_MYSQL_URL";
    /** User name. */
    public static final String USER = "MOZART_TEST_MYSQL_USER";
    /** Password. */
    public static final String PASSWORD = "MOZART_TEST_MYSQL_PASSWORD";

    static final String HOW_TO_ENABLE = "set " + URL
            + "=jdbc:mysql://127.0.0.1:3306/mozart_test, " + USER + "=mozart and " + PASSWORD
            + "=mozart to run them against a server whose user may create databases (as root, the set-up part"
            + " of .ci/run installs and starts MariaDB and creates that user and database)";

    private final String url;
    private final String user;
    private final String password;
    private final List<String> databases = new ArrayList<>();

    private MySqlTestDatabase(final String url, final String user, final String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @return the configured server; skips the calling test when none is configured (fails instead when
     *     {@code CI=true})
     */
    public static MySqlTestDatabase fromEnvironment() {
        final String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(URL + " is not set but CI=true: the MySQL tests must run in CI; "
                        + HOW_TO_ENABLE);
            }
            Assumptions.abort("MySQL tests skipped: " + HOW_TO_ENABLE);
        }
        return new MySqlTestDatabase(url.strip(), System.getenv(USER), System.getenv(PASSWORD));
    }

    /** @return the user name, may be null */
    public String user() {
        return user;
    }

    /** @return the password, may be null */
    public String password() {
        return password;
    }

    /**
     * Creates an empty database (utf8mb4).
     *
     * @return its name
     */
    public String newDatabase() throws SQLException {
        final String database = "mozart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
        databases.add(database);
        return database;
    }

    /**
     * @param database a database from {@link #newDatabase()}
     * @return the configured URL with that database instead of its own (query parameters kept)
     */
    public String urlFor(final String database) {
        final int hosts = url.indexOf("//");
        final int slash = url.indexOf('/', hosts < 0 ? 0 : hosts + 2);
        final int query = url.indexOf('?');
        final String server = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return server + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    /**
     * @return a storage on a fresh database (not migrated)
     */
    public JdbiStorage openFresh() throws SQLException {
        return JdbiStorage.open(urlFor(newDatabase()), user, password, Clock.systemUTC());
    }

    /**
     * @param sql a statement run on its own connection to the configured database
     */
    public void execute(final String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** @return a plain connection to a database, in UTC with ANSI quotes as the storage's (the caller closes it) */
    public Connection connect(final String database) throws SQLException {
        final Connection c = DriverManager.getConnection(urlFor(database), user, password);
        try (Statement s = c.createStatement()) {
            s.execute(Dialect.MYSQL.connectionInitSql());
        }
        return c;
    }

    /** Drops every database this object created. */
    @Override
    public void close() throws SQLException {
        for (final String database : databases) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
        databases.clear();
    }
}
