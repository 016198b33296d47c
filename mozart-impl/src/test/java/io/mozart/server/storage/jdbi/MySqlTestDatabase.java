package io.mozart.server.storage.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL (or MariaDB) server of the tests. MySQL has no schemas inside a database, so every namespace is a
 * database (utf8mb4) on that server.
 */
public final class MySqlTestDatabase extends ServerTestDatabase {

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

    private MySqlTestDatabase() {
        super("MySQL", URL, HOW_TO_ENABLE);
    }

    /**
     * @return the configured server; skips the calling test when none is configured (fails instead when
     *     {@code CI=true})
     */
    public static MySqlTestDatabase fromEnvironment() {
        return new MySqlTestDatabase();
    }

    @Override
    protected String createSql(String name) {
        return "CREATE DATABASE " + name + " CHARACTER SET utf8mb4";
    }

    @Override
    protected String dropSql(String name) {
        return "DROP DATABASE IF EXISTS " + name;
    }

    /** @return the configured URL with that database instead of its own (query parameters kept) */
    @Override
    public String urlFor(String database) {
        final String url = url();
        final int hosts = url.indexOf("//");
        final int slash = url.indexOf('/', hosts < 0 ? 0 : hosts + 2);
        final int query = url.indexOf('?');
        final String server = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return server + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    /** @return a connection in UTC with ANSI quotes, as the storage's */
    @Override
    public Connection connect(String database) throws SQLException {
        final Connection c = super.connect(database);
        try (Statement s = c.createStatement()) {
            s.execute(Dialect.MYSQL.connectionInitSql());
        }
        return c;
    }
}
