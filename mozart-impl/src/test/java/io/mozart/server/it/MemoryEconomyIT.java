package io.mozart.server.it;

import io.mozart.client.Bot;
import io.mozart.server.storage.memory.MemoryStorage;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The economy handlers over a real socket against the in-memory storage an embedder gets by default: the same
 * rules as over SQLite (and {@link PostgresEconomyIT} on PostgreSQL), so every storage implementation carries them.
 */
class MemoryEconomyIT {

    @Test
    void sellEquipClaimRenameAndExpandInMemory() {
        try (TestServer server =
                        TestServer.start(b -> {}, Economy.METADATA, s -> new MemoryStorage(Clock.systemUTC()));
                Bot holder = server.lobbyBot("Holder");
                Bot bot = server.lobbyBot("memory")) {
            Economy.sellEquipClaimRenameAndExpand(server.server().storage(), bot, "memory");
        }
    }
}
