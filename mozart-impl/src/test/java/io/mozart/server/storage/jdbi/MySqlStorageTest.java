package io.mozart.server.storage.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Gender;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerStorageSuite} on MySQL or MariaDB (UTC datetime(6), tinyint(1), longblob, AUTO_INCREMENT), plus how
 * names fold under utf8mb4_bin with lower().
 */
class MySqlStorageTest extends ServerStorageSuite {

    @Override
    protected ServerTestDatabase openServer() {
        return MySqlTestDatabase.fromEnvironment();
    }

    @Override
    protected String vipdateMicrosSql() {
        return "SELECT DATE_FORMAT(\"vipdate\", '%Y-%m-%d %H:%i:%s.%f') FROM \"member\"";
    }

    @Override
    protected String vipdateMicros() {
        return "2026-02-11 06:07:50.999999";
    }

    @Override
    protected List<String> loginTimeTypeSqlAndType() {
        return List.of(
                "SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name = 't_o2jam_login' AND column_name = 'LOGIN_TIME'",
                "datetime(6)");
    }

    @Override
    protected String vipdateSecondsSql() {
        return "SELECT DATE_FORMAT(\"vipdate\", '%Y-%m-%d %H:%i:%s') FROM \"member\"";
    }

    @Override
    protected String registeredJustNowSql() {
        return "SELECT count(*) FROM \"member\" WHERE \"registdate\""
                + " BETWEEN UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE AND UTC_TIMESTAMP(6) + INTERVAL 1 MINUTE";
    }

    @Override
    protected List<String> storedSexes() {
        return List.of("0", "1");
    }

    @Override
    protected String insertWithDefaultId(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"t_o2jam_charinfo\" (\"USER_ID\", \"USER_NICKNAME\", \"Sex\", \"Level\","
                    + " \"Battle\", \"Win\", \"Lose\", \"Draw\", \"Experience\", \"AdminLevel\")"
                    + " VALUES ('tool', 'tool', 1, 1, 0, 0, 0, 0, 0, 0)");
        }
        return SchemaInspector.column(
                        c, "SELECT \"USER_INDEX_ID\" FROM \"t_o2jam_charinfo\"" + " WHERE \"USER_ID\" = 'tool'")
                .get(0);
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
}
