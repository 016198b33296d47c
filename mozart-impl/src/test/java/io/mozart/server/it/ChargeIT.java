package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Passes;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.charge.CheckGiftFreePassRequest;
import io.mozart.server.protocol.charge.CheckGiftFreePassResponse;
import io.mozart.server.protocol.charge.SyncCashPointRequest;
import io.mozart.server.protocol.charge.SyncCashPointResponse;
import io.mozart.server.protocol.charge.SyncFreePassRequest;
import io.mozart.server.protocol.charge.SyncFreePassResponse;
import io.mozart.server.protocol.charge.SyncPointRequest;
import io.mozart.server.protocol.charge.SyncPointResponse;
import io.mozart.server.protocol.charge.UserFreePassInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Charge over real sockets against a real SQLite file (spec 05 §5). */
class ChargeIT {

    private static UserFreePassInfo syncFreePass(Bot bot) {
        bot.send(SyncFreePassRequest.INSTANCE);
        SyncFreePassResponse r = bot.expect(SyncFreePassResponse.class);
        assertEquals(SyncFreePassResponse.SUCCESS, r.result());
        return r.info();
    }

    @Test
    void pointAndCashPointSyncsReadTheWallet() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("payer")) {
            Economy.setWallet(server, "payer", new Wallet(10, 20, 30, 40, 50, 60));
            bot.send(SyncPointRequest.INSTANCE);
            // Spec 05 §5: the "point" field carries O2Cash (30), not the Point balance (20).
            assertEquals(new SyncPointResponse(30), bot.expect(SyncPointResponse.class));
            bot.send(SyncCashPointRequest.INSTANCE);
            assertEquals(new SyncCashPointResponse(10, 60), bot.expect(SyncCashPointResponse.class));
            Economy.setWallet(server, "payer", new Wallet(11, 21, 31, 41, 51, 61));
            bot.send(SyncCashPointRequest.INSTANCE);
            assertEquals(new SyncCashPointResponse(11, 61), bot.expect(SyncCashPointResponse.class));
            assertEquals(11, bot.characterInfo().info().gem(), "the sync refreshed the cached profile");
        }
    }

    @Test
    void syncFreePassWithFreeMusicOnIsTheSpecExample() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("free")) {
            // 05 §5: FreeMusic on, wallet all 0 → AllMusic, empty text, 0 seconds.
            assertEquals(new UserFreePassInfo(0, 0, 0, 0, 0, 1, 0, "", 0), syncFreePass(bot));
            server.storage().members().setFreePass("free", 0x40, Instant.now().plus(5, ChronoUnit.HOURS));
            assertEquals(
                    new UserFreePassInfo(0, 0, 0, 0, 0, 1, 0, "", 0), syncFreePass(bot), "free music hides the pass");
        }
    }

    @Test
    void syncFreePassReportsTheRemainingTimeInUtc() {
        try (TestServer server = TestServer.start(b -> b.freeMusic(false), Economy.METADATA);
                Bot bot = server.lobbyBot("timed")) {
            Economy.setWallet(server, "timed", new Wallet(1, 2, 3, 4, 5, 6));
            assertEquals(new UserFreePassInfo(1, 2, 3, 4, 5, 0, 6, "", 0), syncFreePass(bot), "no pass");
            // The starter-pass bit is not a pass type.
            server.storage()
                    .members()
                    .setPasses(
                            "timed",
                            new Passes(Passes.STARTER_FLAG | 0x40, Instant.now().plus(5, ChronoUnit.HOURS)));
            UserFreePassInfo info = syncFreePass(bot);
            assertEquals(0x40, info.freePassType());
            assertTrue(
                    info.remainingSeconds() > 5 * 3600 - 30 && info.remainingSeconds() <= 5 * 3600,
                    "about five hours: " + info.remainingSeconds());
            assertTrue(info.remainingText().matches("0[45]:\\d\\d:\\d\\d(\\.\\d{7})?"), info.remainingText());
            server.storage().members().setFreePass("timed", 0x40, Instant.now().minus(1, ChronoUnit.MINUTES));
            assertEquals(new UserFreePassInfo(1, 2, 3, 4, 5, 0, 6, "", 0), syncFreePass(bot), "expired");
        }
    }

    @Test
    void checkGiftFreePassFindsTheRecipientExactly() {
        try (TestServer server = Economy.server();
                Bot friend = server.lobbyBot("Friend");
                Bot bot = server.lobbyBot("giver")) {
            bot.send(new CheckGiftFreePassRequest("fRIEND"));
            assertEquals(CheckGiftFreePassResponse.found("Friend"), bot.expect(CheckGiftFreePassResponse.class));
            for (String miss : new String[] {"Fr_end", "%", "", "nobody"}) {
                bot.send(new CheckGiftFreePassRequest(miss));
                assertEquals(CheckGiftFreePassResponse.notFound(), bot.expect(CheckGiftFreePassResponse.class), miss);
            }
        }
    }
}
