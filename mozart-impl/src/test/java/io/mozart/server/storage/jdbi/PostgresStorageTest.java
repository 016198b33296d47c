package io.mozart.server.storage.jdbi;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UserProfile;
import io.mozart.server.auth.AuthService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shared contract cannot see on PostgreSQL: how values are stored (§1.2 encodings read back with
 * plain SQL), ASCII-only name folding, and the identity sequence after Mozart's explicit user ids.
 */
class PostgresStorageTest {

    private static PostgresTestDatabase database;

    private String schema;
    private JdbiStorage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;

    @BeforeEach
    void setUp() throws Exception {
        if (database == null) {
            database = PostgresTestDatabase.fromEnvironment();
        }
        schema = database.newSchema();
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
    static void dropSchemas() throws Exception {
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
    void datesAreTimestampsTruncatedToMicroseconds() throws Exception {
        final UserProfile u = auth.register("alice", "pw", Gender.FEMALE, false);
        final Instant t = Instant.parse("2026-02-11T06:07:50.9999999Z");
        storage.members().setPasses("alice", new Passes(8, t));
        assertEquals(Instant.parse("2026-02-11T06:07:50.999999Z"),
                storage.members().findByUsername("alice").orElseThrow().passes().expiry(), "truncated, not rounded");
        assertEquals(List.of("2026-02-11 06:07:50.999999+00"),
                column("SELECT to_char(\"vipdate\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'"
                        + " FROM \"member\""));
        storage.loginSessions().create(new LoginSession(u.id(), "gw", 0, 0, "alice", "T", "::1", t));
        assertEquals(List.of("timestamp with time zone"), column("SELECT pg_typeof(\"LOGIN_TIME\")::text"
                + " FROM \"t_o2jam_login\""));
    }

    @Test
    void noDateIsYearOneAndReadsAsNull() throws Exception {
        auth.register("bob", "pw", Gender.MALE, false);
        assertEquals(List.of("0001-01-01 00:00:00"), column("SELECT to_char(\"vipdate\" AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD HH24:MI:SS') FROM \"member\""));
        assertNull(storage.members().findByUsername("bob").orElseThrow().passes().expiry());
        assertEquals(List.of("1"), column("SELECT count(*) FROM \"member\""
                + " WHERE \"registdate\" > now() - interval '1 minute'"), "registdate is the database default");
    }

    @Test
    void booleansAndBytesUseTheirPostgresTypes() throws Exception {
        auth.register("carol", "pw", Gender.FEMALE, false);
        auth.register("dave", "pw", Gender.ANY, true);
        assertEquals(List.of("f", "t"), column("SELECT \"Sex\" FROM \"t_o2jam_charinfo\" ORDER BY 1"));
        assertEquals(List.of("48"), column("SELECT DISTINCT octet_length(\"passwd\") FROM \"member\""));
        assertTrue(storage.characters().findByUsername("dave").orElseThrow().administrator());
        assertEquals(Gender.FEMALE, storage.characters().findByUsername("carol").orElseThrow().gender());
    }

    @Test
    void nameFoldingIsAsciiOnlyAsInSqlite() {
        auth.register("\u00c9mile", "pw", Gender.MALE, false);
        assertTrue(storage.members().isTaken("\u00c9MILE"), "A-Z fold");
        assertFalse(storage.members().isTaken("\u00e9mile"), "non-ASCII letters do not fold (Names.key)");
        assertTrue(storage.characters().findByNickname("\u00c9MILE").isPresent());
        assertTrue(storage.characters().findByNickname("\u00e9mile").isEmpty());
        auth.register("\u00e9mile", "pw", Gender.MALE, false);
        assertEquals(2, storage.rankings().dumpRanking().size());
    }

    @Test
    void identitySequenceFollowsExplicitUserIds() throws Exception {
        final UserProfile a = auth.register("erin", "pw", Gender.FEMALE, false);
        final UserProfile b = auth.register("finn", "pw", Gender.MALE, false);
        assertEquals(List.of(1, 2), List.of(a.id(), b.id()));
        // Another tool inserting with the column default must not collide with Mozart's ids.
        assertEquals(List.of("3"), column("INSERT INTO \"t_o2jam_charinfo\" (\"USER_ID\", \"USER_NICKNAME\", \"Sex\","
                + " \"Level\", \"Battle\", \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                + " VALUES ('tool', 'tool', true, 1, 0, 0, 0, 0, 0, 0) RETURNING \"USER_INDEX_ID\""));
        assertEquals(4, auth.register("gwen", "pw", Gender.FEMALE, false).id());
    }
}
