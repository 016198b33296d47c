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
 * The PostgreSQL server the tests run against, named by environment variables ({@code .ci/run} sets them).
 * Every {@link #newSchema()} is a fresh, uniquely named schema, so reruns and parallel runs do not collide;
 * {@link #close()} drops the schemas it created.
 *
 * <p>Without {@value #URL} the tests are skipped (a JUnit assumption that says how to enable them), unless
 * {@code CI=true}: then they fail, so CI can never skip them silently.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    /** JDBC URL of the test database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/mozart_test}. */
    public static final String URL = "MOZART_TEST_POSTGRES_URL";
    /** User name. */
    public static final String USER = "MOZART_TEST_POSTGRES_USER";
    /** Password. */
    public static final String PASSWORD = "MOZART_TEST_POSTGRES_PASSWORD";

    static final String HOW_TO_ENABLE = "set " + URL
            + "=jdbc:postgresql://127.0.0.1:5432/mozart_test, " + USER + "=mozart and " + PASSWORD
            + "=mozart to run them against a server whose user may create schemas (as root, the set-up part"
            + " of .ci/run installs and starts PostgreSQL and creates that role and database)";

    private final String url;
    private final String user;
    private final String password;
    private final List<String> schemas = new ArrayList<>();

    private PostgresTestDatabase(final String url, final String user, final String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @return the configured server; skips the calling test when none is configured (fails instead when
     *     {@code CI=true})
     */
    public static PostgresTestDatabase fromEnvironment() {
        final String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(URL + " is not set but CI=true: the PostgreSQL tests must run in CI; "
                        + HOW_TO_ENABLE);
            }
            Assumptions.abort("PostgreSQL tests skipped: " + HOW_TO_ENABLE);
        }
        return new PostgresTestDatabase(url.strip(), System.getenv(USER), System.getenv(PASSWORD));
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
     * Creates an empty schema.
     *
     * @return its name
     */
    public String newSchema() throws SQLException {
        final String schema = "mozart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return schema;
    }

    /**
     * @param schema a schema from {@link #newSchema()}
     * @return a JDBC URL whose connections use that schema
     */
    public String urlFor(final String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * @return a storage on a fresh schema (not migrated)
     */
    public JdbiStorage openFresh() throws SQLException {
        return JdbiStorage.open(urlFor(newSchema()), user, password, Clock.systemUTC());
    }

    /**
     * @param sql a statement run on its own connection, in the database's default schema
     */
    public void execute(final String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** @return a plain connection (the caller closes it) */
    public Connection connect(final String schema) throws SQLException {
        return DriverManager.getConnection(urlFor(schema), user, password);
    }

    /** Drops every schema this object created. */
    @Override
    public void close() throws SQLException {
        for (final String schema : schemas) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
    }
}
