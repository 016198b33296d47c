package io.mozart.server.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Gender;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerStorageSuite} on PostgreSQL (timestamptz, boolean, bytea, an identity sequence); names fold A-Z only.
 */
class PostgresStorageTest extends ServerStorageSuite {

    @Override
    protected ServerTestDatabase openServer() {
        return PostgresTestDatabase.fromEnvironment();
    }

    @Override
    protected String vipdateMicrosSql() {
        return "SELECT to_char(\"vipdate\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' FROM \"member\"";
    }

    @Override
    protected String vipdateMicros() {
        return "2026-02-11 06:07:50.999999+00";
    }

    @Override
    protected List<String> loginTimeTypeSqlAndType() {
        return List.of("SELECT pg_typeof(\"LOGIN_TIME\")::text FROM \"t_o2jam_login\"", "timestamp with time zone");
    }

    @Override
    protected String vipdateSecondsSql() {
        return "SELECT to_char(\"vipdate\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM \"member\"";
    }

    @Override
    protected String registeredJustNowSql() {
        return "SELECT count(*) FROM \"member\" WHERE \"registdate\" > now() - interval '1 minute'";
    }

    @Override
    protected List<String> storedSexes() {
        return List.of("f", "t");
    }

    @Override
    protected String insertWithDefaultId(Connection c) throws Exception {
        return SchemaInspector.column(
                        c,
                        "INSERT INTO \"t_o2jam_charinfo\" (\"USER_ID\", \"USER_NICKNAME\", \"Sex\","
                                + " \"Level\", \"Battle\", \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                                + " VALUES ('tool', 'tool', true, 1, 0, 0, 0, 0, 0, 0) RETURNING \"USER_INDEX_ID\"")
                .get(0);
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
}
