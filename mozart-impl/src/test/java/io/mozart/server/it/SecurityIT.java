package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.SecurityOptions;
import io.mozart.client.Bot;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.messaging.SendWaitingMessageRequest;
import io.mozart.server.protocol.messaging.SendWhisperRequest;
import io.mozart.server.protocol.messaging.SendWhisperResponse;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.Gender;
import io.mozart.server.protocol.planet.Ping;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 over real sockets: identity switch refused (AlreadyConnected), chat rate limit, over-long chat. */
class SecurityIT {

    private static long count(List<Object> frames, Class<?> type) {
        return frames.stream().filter(type::isInstance).count();
    }

    @Test
    void authorizeOnAnAuthorizedConnectionIsDroppedAndTheIdentityStays() {
        try (TestServer server = TestServer.start();
                Bot alice = server.lobbyBot("alice")) {
            String dave = server.register("dave");
            alice.sync();
            alice.send(new AuthRequest(0, dave, Gender.MALE, 1, "mozart-bot"));
            List<Object> frames = alice.sync();
            assertEquals(List.of(AuthResponse.failure(AuthResponse.ALREADY_CONNECTED)), frames);
            assertEquals("alice", alice.characterInfo().info().nickname(), "still alice");
            alice.send(Ping.INSTANCE);
            assertEquals(Ping.INSTANCE, alice.await(Ping.class));
            try (Bot d = server.bot().login(dave, 0)) {
                assertEquals("dave", d.characterInfo().info().nickname(), "dave's token was never taken");
            }
        }
    }

    @Test
    void chatOverTheRateIsDroppedAndTheSessionLives() {
        try (TestServer server = TestServer.start(b -> b.security(new SecurityOptions(1_000, 1, 1, 3)));
                Bot alice = server.lobbyBot("alice")) {
            alice.sync();
            for (int i = 0; i < 6; i++) {
                alice.chat("line " + i);
            }
            List<Object> frames = alice.sync();
            assertEquals(3, count(frames, MainRoomUserMessageResponse.class), "a burst of 3, then one a minute");
            alice.send(new SendWhisperRequest("alice", "hi"));
            assertEquals(0, count(alice.sync(), SendWhisperResponse.class), "whispers share the allowance");
            alice.send(Ping.INSTANCE);
            assertEquals(Ping.INSTANCE, alice.await(Ping.class));
        }
    }

    @Test
    void overLongChatIsDroppedWithoutHarm() {
        try (TestServer server = TestServer.start();
                Bot alice = server.lobbyBot("alice");
                Bot bob = server.lobbyBot("bob")) {
            alice.sync();
            bob.sync();
            byte[] max = new byte[256];
            Arrays.fill(max, (byte) 'a');
            max[255] = 0;
            alice.send(new SendMainRoomMessageRequest(max));
            assertTrue(
                    Arrays.equals(
                            max, bob.await(MainRoomUserMessageResponse.class).content()),
                    "256 bytes is the longest line");
            byte[] over = Arrays.copyOf(max, 257);
            alice.send(new SendMainRoomMessageRequest(over));
            byte[] huge = new byte[32_700];
            Arrays.fill(huge, (byte) 'b');
            alice.send(new SendMainRoomMessageRequest(huge));
            alice.send(new SendWaitingMessageRequest(huge));
            alice.send(new SendWhisperRequest("bob", "c".repeat(30_000)));
            alice.send(new SendWhisperRequest("b".repeat(30_000), "hi"));
            // Barrier: once alice's ping is answered, all her requests above have been handled.
            List<Object> aliceSaw = alice.sync();
            List<Object> seen = bob.sync();
            assertEquals(List.of(), seen, "nothing over the limit reaches anyone");
            assertEquals(0, count(aliceSaw, SendWhisperResponse.class));
            alice.chat("still here");
            assertEquals("alice", bob.await(MainRoomUserMessageResponse.class).sender());
            alice.send(Ping.INSTANCE);
            assertEquals(Ping.INSTANCE, alice.await(Ping.class));
        }
    }
}
