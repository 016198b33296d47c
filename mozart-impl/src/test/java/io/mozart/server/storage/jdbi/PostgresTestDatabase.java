package io.mozart.server.storage.jdbi;

/** The PostgreSQL server of the tests: every namespace is a schema of the configured database. */
public final class PostgresTestDatabase extends ServerTestDatabase {

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

    private PostgresTestDatabase() {
        super("PostgreSQL", URL, HOW_TO_ENABLE);
    }

    /**
     * @return the configured server; skips the calling test when none is configured (fails instead when
     *     {@code CI=true})
     */
    public static PostgresTestDatabase fromEnvironment() {
        return new PostgresTestDatabase();
    }

    @Override
    protected String createSql(String name) {
        return "CREATE SCHEMA " + name;
    }

    @Override
    protected String dropSql(String name) {
        return "DROP SCHEMA IF EXISTS " + name + " CASCADE";
    }

    @Override
    public String urlFor(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
