package io.mozart.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;
import io.mozart.launcher.Cli;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.ServerTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin commands with a database server's {@code Db:Driver} and the reference's connection-string
 * {@code Db:Url}, against the server the storage tests use ({@link ServerTestDatabase}: skipped without its
 * variables, failing instead when {@code CI=true}); a fresh namespace per test. A subclass names the driver and
 * writes the connection string.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerCommandsSuite {

    /** {@code jdbc:<product>://host[:port]/database…}: groups host, port (may be null), database. */
    private static final Pattern JDBC = Pattern.compile("jdbc:[a-z]+://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    @TempDir
    Path root;

    private ServerTestDatabase server;
    private Cli cli;
    private String namespace;
    private String dbUrl;

    /** @return the server of the subclass, from the environment */
    protected abstract ServerTestDatabase openServer();

    /** @return the {@code Db:Driver} value */
    protected abstract String driver();

    /**
     * @param host      the server's host
     * @param port      its port, null for the default
     * @param database  the configured database
     * @param namespace the test's namespace
     * @return the reference's {@code Db:Url} connection string for that namespace
     */
    protected abstract String connectionString(String host, String port, String database, String namespace);

    /** @return the test's server */
    protected final ServerTestDatabase server() {
        return server;
    }

    @BeforeEach
    void setUp() throws Exception {
        if (server == null) {
            server = openServer();
        }
        final Matcher m = JDBC.matcher(server.url());
        assertTrue(m.matches(), "the test URL is jdbc:<product>://host[:port]/database: " + server.url());
        namespace = server.newNamespace();
        dbUrl = "--Db:Url=" + connectionString(m.group(1), m.group(2), m.group(3), namespace);
        cli = new Cli(root);
    }

    @AfterAll
    void dropNamespaces() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private Cli.Result run(String... args) {
        final String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--Db:Driver=" + driver();
        all[args.length + 1] = dbUrl;
        return cli.run(all);
    }

    @Test
    void commandsMigrateRegisterAndAuthorize() {
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

        try (JdbiStorage s =
                JdbiStorage.open(server.urlFor(namespace), server.user(), server.password(), Clock.systemUTC())) {
            final UserProfile alice = s.characters().findByUsername("alice").orElseThrow();
            assertEquals(Gender.FEMALE, alice.gender());
            assertTrue(alice.administrator());
            assertTrue(s.loginSessions().findByUsername("alice").isPresent(), "user:authorize wrote the session");
            assertTrue(
                    token.out()
                            .contains(s.loginSessions()
                                    .findByUsername("alice")
                                    .orElseThrow()
                                    .token()),
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
