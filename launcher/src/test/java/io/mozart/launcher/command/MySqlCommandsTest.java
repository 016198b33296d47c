package io.mozart.launcher.command;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.Cli;
import io.mozart.server.storage.jdbi.JdbiStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin commands with {@code Db:Driver=MySql} and the reference's {@code Server=...;Port=...;Database=...;
 * User=...;Password=...} {@code Db:Url}, against the MySQL or MariaDB server named by {@code MOZART_TEST_MYSQL_URL}
 * (user and password in {@code MOZART_TEST_MYSQL_USER}/{@code _PASSWORD}, as .ci/run sets them); a fresh database
 * per test. Skipped without the variable, failing instead when {@code CI=true}.
 */
class MySqlCommandsTest {

    private static final Pattern JDBC = Pattern.compile("jdbc:mysql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    @TempDir
    Path root;

    private Cli cli;
    private String jdbcUrl;
    private String user;
    private String password;
    private String host;
    private String port;
    /** The test's database (MySQL has no schemas inside a database). */
    private String schema;
    private String dbUrl;

    @BeforeEach
    void setUp() throws SQLException {
        jdbcUrl = System.getenv("MOZART_TEST_MYSQL_URL");
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            final String how = "set MOZART_TEST_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/mozart_test,"
                    + " MOZART_TEST_MYSQL_USER=mozart and MOZART_TEST_MYSQL_PASSWORD=mozart (as root, the"
                    + " set-up part of .ci/run installs and starts MariaDB and creates that user and database)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("MOZART_TEST_MYSQL_URL is not set but CI=true: the MySQL tests"
                        + " must run in CI; " + how);
            }
            Assumptions.abort("MySQL tests skipped: " + how);
        }
        user = System.getenv("MOZART_TEST_MYSQL_USER");
        password = System.getenv("MOZART_TEST_MYSQL_PASSWORD");
        final Matcher m = JDBC.matcher(jdbcUrl.strip());
        assertTrue(m.matches(), "MOZART_TEST_MYSQL_URL is jdbc:mysql://host[:port]/database: " + jdbcUrl);
        host = m.group(1);
        port = m.group(2) == null ? "3306" : m.group(2);
        schema = "mozart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4");
        dbUrl = "--Db:Url=Server=" + host + ";Port=" + port + ";Database=" + schema + ";User=" + user
                + ";Password=" + password;
        cli = new Cli(root);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (schema != null) {
            execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    private void execute(final String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Cli.Result run(final String... args) {
        final String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--Db:Driver=MySql";
        all[args.length + 1] = dbUrl;
        return cli.run(all);
    }

    @Test
    void commandsMigrateRegisterAndAuthorizeOnMySql() {
        final Cli.Result migrated = run("db:migrate");
        assertEquals(0, migrated.code(), migrated::toString);
        assertEquals(List.of("Database successfully migrated"), migrated.lines());
        final Cli.Result ok = run("user:register", "alice", "s3cret", "--gender", "female", "--admin");
        assertEquals(0, ok.code(), ok::toString);
        assertEquals(List.of("User has been registered successfully"), ok.lines());
        final Cli.Result taken = run("user:register", "ALICE", "others");
        assertEquals(1, taken.code(), taken::toString);
        final Cli.Result token = run("user:authorize", "alice", "s3cret");
        assertEquals(0, token.code(), token::toString);
        assertFalse(Files.exists(cli.database()), "no SQLite file was written");

        try (JdbiStorage s = JdbiStorage.open("jdbc:mysql://" + host + ":" + port + "/" + schema, user, password,
                Clock.systemUTC())) {
            final UserProfile alice = s.characters().findByUsername("alice").orElseThrow();
            assertEquals(Gender.FEMALE, alice.gender());
            assertTrue(alice.administrator());
            assertTrue(s.loginSessions().findByUsername("alice").isPresent(), "user:authorize wrote the session");
            assertTrue(token.out().contains(s.loginSessions().findByUsername("alice").orElseThrow().token()),
                    token::toString);
        }
    }

    @Test
    void aMissingDatabaseIsOneErrorLineAndExitCode1() {
        dbUrl = dbUrl.replaceFirst(";Database=[^;]*", ";Database=mozart_no_such_database");
        final Cli.Result r = run("db:migrate");
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("Error: ")), r::toString);
    }
}
