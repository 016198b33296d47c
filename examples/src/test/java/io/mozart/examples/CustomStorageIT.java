package io.mozart.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server runs over {@link CustomStorage.AuditingStorage} on SQLite; a real client sees the audited gems. */
class CustomStorageIT {

    @Test
    void serverUsesTheDecoratorAndEveryWalletChangeIsJournalled(@TempDir Path dir) throws Exception {
        List<CustomStorage.WalletChange> changes = new CopyOnWriteArrayList<>();
        Path journalFile = dir.resolve("wallet-audit.log");
        try (JdbiStorage sqlite = JdbiStorage.sqlite(dir.resolve("example.db"))) {
            CustomStorage.AuditingStorage storage = new CustomStorage.AuditingStorage(
                    sqlite, CustomStorage.appendTo(journalFile).andThen(changes::add), Clock.systemUTC());
            try (MozartServer server = MozartServer.builder()
                            .address("127.0.0.1")
                            .port(0)
                            .storage(storage)
                            .start();
                    Bot bot = Bot.connect("127.0.0.1", server.port())) {
                String token = CustomStorage.registerWithWelcomeGift(server, storage, "rich", "secret");
                int userId =
                        sqlite.characters().findByUsername("rich").orElseThrow().id();

                bot.login(token, 0);
                CharacterInfoResponse info = bot.characterInfo().info();
                assertEquals(CustomStorage.WELCOME_GEMS, info.gem(), "the client sees what went through the decorator");

                assertEquals(2, changes.size(), changes.toString());
                assertEquals(CustomStorage.Kind.CREATE, changes.get(0).kind(), "registration's wallet row");
                assertEquals(userId, changes.get(0).userId());
                CustomStorage.WalletChange gift = changes.get(1);
                assertEquals(CustomStorage.Kind.ADJUST, gift.kind());
                assertEquals(Wallet.gems(CustomStorage.WELCOME_GEMS), gift.amount());
                assertEquals(Wallet.gems(CustomStorage.WELCOME_GEMS), gift.balance());
                assertEquals(sqlite.wallets().find(userId).orElseThrow(), gift.balance());
            }
            assertTrue(sqlite.members().findByUsername("rich").isPresent(), "the server left our storage open");
        }
        List<String> lines = Files.readAllLines(journalFile, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(
                lines.get(1).contains(" ADJUST gem=1000 ")
                        && lines.get(1).endsWith("-> gem=1000 point=0 o2cash=0" + " cashpoint=0"),
                lines.get(1));
    }
}
