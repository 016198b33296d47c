package io.mozart.server.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.server.auth.AuthService;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the shared storage contract cannot see on a database server: how values are stored (§1.2 encodings read
 * back with plain SQL), the identity counter after Mozart's explicit user ids, and that writers queue. A subclass
 * names the server and gives the SQL and the values that differ between servers; how names fold differs too much
 * to share and is tested in each subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerStorageSuite {

    private ServerTestDatabase server;
    private String namespace;
    protected JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    protected AuthService auth;

    /** @return the server of the subclass, from the environment (skips or fails the test when missing) */
    protected abstract ServerTestDatabase openServer();

    /** @return SQL giving member.vipdate in UTC as {@code yyyy-MM-dd HH:mm:ss.SSSSSS} (with any suffix) */
    protected abstract String vipdateMicrosSql();

    /** @return what {@link #vipdateMicrosSql()} gives for 2026-02-11T06:07:50.999999Z */
    protected abstract String vipdateMicros();

    /** @return SQL giving the type of t_o2jam_login.LOGIN_TIME, and that type */
    protected abstract List<String> loginTimeTypeSqlAndType();

    /** @return SQL giving member.vipdate in UTC as {@code yyyy-MM-dd HH:mm:ss} */
    protected abstract String vipdateSecondsSql();

    /** @return SQL counting members registered within a minute of the server's now, in UTC */
    protected abstract String registeredJustNowSql();

    /** @return the stored Sex values of a female and a male character, in order */
    protected abstract List<String> storedSexes();

    /**
     * Inserts a character as another tool would, letting the column default choose its id.
     *
     * @return the id it got
     */
    protected abstract String insertWithDefaultId(Connection c) throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        if (server == null) {
            server = openServer();
        }
        namespace = server.newNamespace();
        storage = JdbiStorage.open(server.urlFor(namespace), server.user(), server.password(), Clock.systemUTC());
        storage.migrate();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        auth = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);
    }

    @AfterEach
    void tearDown() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (storage != null) {
            storage.close();
        }
    }

    @AfterAll
    void dropNamespaces() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** @return the first column of a query's rows, as text, in the test's namespace */
    protected final List<String> column(String sql) throws Exception {
        try (Connection c = server.connect(namespace)) {
            return SchemaInspector.column(c, sql);
        }
    }

    @Test
    void datesAreTruncatedToMicroseconds() throws Exception {
        final UserProfile u = auth.register("alice", "pw", Gender.FEMALE, false);
        final Instant t = Instant.parse("2026-02-11T06:07:50.9999999Z");
        storage.members().setPasses("alice", new Passes(8, t));
        assertEquals(
                Instant.parse("2026-02-11T06:07:50.999999Z"),
                storage.members().findByUsername("alice").orElseThrow().passes().expiry(),
                "truncated, not rounded");
        assertEquals(List.of(vipdateMicros()), column(vipdateMicrosSql()));
        storage.loginSessions().create(new LoginSession(u.id(), "gw", 0, 0, "alice", "T", "::1", t));
        final List<String> type = loginTimeTypeSqlAndType();
        assertEquals(List.of(type.get(1)), column(type.get(0)));
    }

    @Test
    void noDateIsYearOneAndReadsAsNull() throws Exception {
        auth.register("bob", "pw", Gender.MALE, false);
        assertEquals(List.of("0001-01-01 00:00:00"), column(vipdateSecondsSql()));
        assertNull(
                storage.members().findByUsername("bob").orElseThrow().passes().expiry());
        assertEquals(List.of("1"), column(registeredJustNowSql()), "registdate is the database default, in UTC");
    }

    @Test
    void booleansAndBytesUseTheServersTypes() throws Exception {
        auth.register("carol", "pw", Gender.FEMALE, false);
        auth.register("dave", "pw", Gender.ANY, true);
        assertEquals(storedSexes(), column("SELECT \"Sex\" FROM \"t_o2jam_charinfo\" ORDER BY 1"));
        assertEquals(List.of("48"), column("SELECT DISTINCT octet_length(\"passwd\") FROM \"member\""));
        assertTrue(storage.characters().findByUsername("dave").orElseThrow().administrator());
        assertEquals(
                Gender.FEMALE,
                storage.characters().findByUsername("carol").orElseThrow().gender());
    }

    @Test
    void identityFollowsExplicitUserIds() throws Exception {
        final UserProfile a = auth.register("erin", "pw", Gender.FEMALE, false);
        final UserProfile b = auth.register("finn", "pw", Gender.MALE, false);
        assertEquals(List.of(1, 2), List.of(a.id(), b.id()));
        // Another tool inserting with the column default must not collide with Mozart's ids.
        try (Connection c = server.connect(namespace)) {
            assertEquals("3", insertWithDefaultId(c));
        }
        assertEquals(4, auth.register("gwen", "pw", Gender.FEMALE, false).id());
    }

    @Test
    void concurrentWalletAdjustmentsQueue() throws Exception {
        final UserProfile u = auth.register("hank", "pw", Gender.MALE, false);
        final int before = storage.wallets().find(u.id()).orElseThrow().gem();
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> storage.wallets().adjust(u.id(), new Wallet(1, 0, 0, 0, 0, 0))));
            }
            for (final Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 40, storage.wallets().find(u.id()).orElseThrow().gem(), "no update was lost");
    }
}
