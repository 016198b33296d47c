package io.mozart.server.storage.jdbi;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.server.auth.AuthService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shared contract cannot see on MySQL: how values are stored (§1.2 encodings read back with plain
 * SQL), how names fold, the AUTO_INCREMENT counter after Mozart's explicit user ids, and that writers queue.
 */
class MySqlStorageTest {

    private static MySqlTestDatabase database;

    /** The test's database. */
    private String schema;
    private JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;

    @BeforeEach
    void setUp() throws Exception {
        if (database == null) {
            database = MySqlTestDatabase.fromEnvironment();
        }
        schema = database.newDatabase();
        storage = JdbiStorage.open(database.urlFor(schema), database.user(), database.password(), Clock.systemUTC());
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
    static void dropDatabases() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private List<String> column(final String sql) throws Exception {
        try (Connection c = database.connect(schema)) {
            return SchemaInspector.column(c, sql);
        }
    }

    @Test
    void datesAreUtcDatetimesTruncatedToMicroseconds() throws Exception {
        final UserProfile u = auth.register("alice", "pw", Gender.FEMALE, false);
        final Instant t = Instant.parse("2026-02-11T06:07:50.9999999Z");
        storage.members().setPasses("alice", new Passes(8, t));
        assertEquals(Instant.parse("2026-02-11T06:07:50.999999Z"),
                storage.members().findByUsername("alice").orElseThrow().passes().expiry(), "truncated, not rounded");
        assertEquals(List.of("2026-02-11 06:07:50.999999"),
                column("SELECT DATE_FORMAT(\"vipdate\", '%Y-%m-%d %H:%i:%s.%f') FROM \"member\""));
        storage.loginSessions().create(new LoginSession(u.id(), "gw", 0, 0, "alice", "T", "::1", t));
        assertEquals(List.of("datetime(6)"), column("SELECT column_type FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 't_o2jam_login' AND column_name = 'LOGIN_TIME'"));
    }

    @Test
    void noDateIsYearOneAndReadsAsNull() throws Exception {
        auth.register("bob", "pw", Gender.MALE, false);
        assertEquals(List.of("0001-01-01 00:00:00"), column("SELECT DATE_FORMAT(\"vipdate\", '%Y-%m-%d %H:%i:%s')"
                + " FROM \"member\""));
        assertNull(storage.members().findByUsername("bob").orElseThrow().passes().expiry());
        assertEquals(List.of("1"), column("SELECT count(*) FROM \"member\" WHERE \"registdate\""
                + " BETWEEN UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE AND UTC_TIMESTAMP(6) + INTERVAL 1 MINUTE"),
                "registdate is the database default, in UTC");
    }

    @Test
    void booleansAndBytesUseTheirMySqlTypes() throws Exception {
        auth.register("carol", "pw", Gender.FEMALE, false);
        auth.register("dave", "pw", Gender.ANY, true);
        assertEquals(List.of("0", "1"), column("SELECT \"Sex\" FROM \"t_o2jam_charinfo\" ORDER BY 1"));
        assertEquals(List.of("48"), column("SELECT DISTINCT octet_length(\"passwd\") FROM \"member\""));
        assertTrue(storage.characters().findByUsername("dave").orElseThrow().administrator());
        assertEquals(Gender.FEMALE, storage.characters().findByUsername("carol").orElseThrow().gender());
    }

    @Test
    void namesAreExactForLookupsAndFoldForChecks() {
        auth.register("\u00c9mile", "pw", Gender.MALE, false);
        assertTrue(storage.members().isTaken("\u00c9MILE"), "A-Z fold");
        assertTrue(storage.members().isTaken("\u00c9mile"), "a name matches itself");
        // MySQL's lower() folds every letter: unlike SQLite and PostgreSQL, the lower-case name is taken too.
        assertTrue(storage.members().isTaken("\u00e9mile"));
        assertTrue(storage.characters().findByNickname("\u00c9MILE").isPresent());
        assertTrue(storage.characters().findByUsername("\u00c9MILE").isEmpty(), "utf8mb4_bin: lookups are exact");
        assertTrue(storage.characters().findByUsername("\u00c9mile").isPresent());
        auth.register("Emile", "pw", Gender.MALE, false);
        assertEquals(2, storage.rankings().dumpRanking().size(), "no accent folding (not a _ci collation)");
    }

    @Test
    void autoIncrementFollowsExplicitUserIds() throws Exception {
        final UserProfile a = auth.register("erin", "pw", Gender.FEMALE, false);
        final UserProfile b = auth.register("finn", "pw", Gender.MALE, false);
        assertEquals(List.of(1, 2), List.of(a.id(), b.id()));
        // Another tool inserting with the column default must not collide with Mozart's ids.
        try (Connection c = database.connect(schema); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"t_o2jam_charinfo\" (\"USER_ID\", \"USER_NICKNAME\", \"Sex\", \"Level\","
                    + " \"Battle\", \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                    + " VALUES ('tool', 'tool', 1, 1, 0, 0, 0, 0, 0, 0)");
        }
        assertEquals(List.of("3"), column("SELECT \"USER_INDEX_ID\" FROM \"t_o2jam_charinfo\""
                + " WHERE \"USER_ID\" = 'tool'"));
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
