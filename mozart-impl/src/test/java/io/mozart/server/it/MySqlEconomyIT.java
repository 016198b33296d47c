package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.client.Bot;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.MySqlTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Logins, the lobby and the economy handlers over a real socket with the server's storage on MySQL or MariaDB (a fresh
 * database): the same scenario as {@link MemoryEconomyIT}. Needs {@code MOZART_TEST_MYSQL_URL} (see
 * {@link MySqlTestDatabase}); skipped without it, failing instead when {@code CI=true}.
 */
class MySqlEconomyIT {

    @Test
    void sellEquipClaimRenameAndExpandOnMySql() throws Exception {
        try (MySqlTestDatabase database = MySqlTestDatabase.fromEnvironment();
                JdbiStorage mysql = database.openFresh()) {
            mysql.migrate();
            try (TestServer server = TestServer.start(b -> {}, Economy.METADATA, s -> mysql);
                    Bot holder = server.lobbyBot("Holder");
                    Bot bot = server.lobbyBot("mysql")) {
                assertTrue(server.server().storage() == mysql, "the server runs on MySQL");
                Economy.sellEquipClaimRenameAndExpand(mysql, bot, "mysql");
                assertEquals(2, mysql.rankings().dumpRanking().size());
                assertTrue(mysql.loginSessions().findByUsername("mysql").isPresent());
            }
        }
    }
}
