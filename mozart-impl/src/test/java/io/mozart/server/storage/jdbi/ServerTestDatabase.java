package io.mozart.server.storage.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database server the tests run against (PostgreSQL or MySQL), named by environment variables ({@code .ci/run}
 * sets them). Every {@link #newNamespace()} is a fresh, uniquely named namespace (a schema on PostgreSQL, a
 * database on MySQL), so reruns and parallel runs do not collide; {@link #close()} drops the ones it created.
 *
 * <p>Without the URL variable the tests are skipped (a JUnit assumption that says how to enable them), unless
 * {@code CI=true}: then they fail, so CI can never skip them silently.
 */
public abstract class ServerTestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final List<String> namespaces = new ArrayList<>();

    /**
     * Reads the server from the environment.
     *
     * @param product     the product's name in messages, e.g. "PostgreSQL"
     * @param urlVariable the variable naming the JDBC URL; {@code _USER} and {@code _PASSWORD} sit beside it
     * @param howToEnable what to set, said when the variable is missing
     */
    protected ServerTestDatabase(String product, String urlVariable, String howToEnable) {
        final String configured = System.getenv(urlVariable);
        if (configured == null || configured.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(urlVariable + " is not set but CI=true: the " + product
                        + " tests must run in CI; " + howToEnable);
            }
            Assumptions.abort(product + " tests skipped: " + howToEnable);
        }
        final String prefix = urlVariable.substring(0, urlVariable.length() - "URL".length());
        this.url = configured.strip();
        this.user = System.getenv(prefix + "USER");
        this.password = System.getenv(prefix + "PASSWORD");
    }

    /** @return the configured JDBC URL */
    public final String url() {
        return url;
    }

    /** @return the user name, may be null */
    public final String user() {
        return user;
    }

    /** @return the password, may be null */
    public final String password() {
        return password;
    }

    /**
     * Creates an empty namespace.
     *
     * @return its name
     */
    public final String newNamespace() throws SQLException {
        final String name = "mozart_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(createSql(name));
        namespaces.add(name);
        return name;
    }

    /** @return the statement that creates a namespace of that name */
    protected abstract String createSql(String name);

    /** @return the statement that drops a namespace of that name, if it exists */
    protected abstract String dropSql(String name);

    /**
     * @param namespace a namespace from {@link #newNamespace()}
     * @return a JDBC URL whose connections use that namespace
     */
    public abstract String urlFor(String namespace);

    /** @return a storage on a fresh namespace (not migrated) */
    public final JdbiStorage openFresh() throws SQLException {
        return JdbiStorage.open(urlFor(newNamespace()), user, password, Clock.systemUTC());
    }

    /** @param sql a statement run on its own connection to the configured URL */
    public final void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** @return a plain connection to a namespace, set up as the storage's are (the caller closes it) */
    public Connection connect(String namespace) throws SQLException {
        return DriverManager.getConnection(urlFor(namespace), user, password);
    }

    /** Drops every namespace this object created. */
    @Override
    public final void close() throws SQLException {
        for (final String name : namespaces) {
            execute(dropSql(name));
        }
        namespaces.clear();
    }
}
