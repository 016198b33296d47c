package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.client.Bot;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Logins, the lobby and the economy handlers over a real socket with the server's storage on PostgreSQL (a fresh
 * schema): the same scenario as {@link MemoryEconomyIT}. Needs {@code MOZART_TEST_POSTGRES_URL} (see
 * {@link PostgresTestDatabase}); skipped without it, failing instead when {@code CI=true}.
 */
class PostgresEconomyIT {

    @Test
    void sellEquipClaimRenameAndExpandOnPostgres() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.fromEnvironment();
                JdbiStorage postgres = database.openFresh()) {
            postgres.migrate();
            try (TestServer server = TestServer.start(b -> {}, Economy.METADATA, s -> postgres);
                    Bot holder = server.lobbyBot("Holder");
                    Bot bot = server.lobbyBot("postgres")) {
                assertTrue(server.server().storage() == postgres, "the server runs on PostgreSQL");
                Economy.sellEquipClaimRenameAndExpand(postgres, bot, "postgres");
                assertEquals(2, postgres.rankings().dumpRanking().size());
                assertTrue(postgres.loginSessions().findByUsername("postgres").isPresent());
            }
        }
    }
}
