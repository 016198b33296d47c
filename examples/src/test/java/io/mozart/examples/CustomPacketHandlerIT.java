package io.mozart.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.event.Subscription;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.RawFrame;
import io.mozart.server.protocol.messaging.AnnounceRequest;
import io.mozart.server.protocol.messaging.AnnouncementResponse;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.messaging.SendWhisperRequest;
import io.mozart.server.protocol.messaging.SendWhisperResponse;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts {@link CustomPacketHandler} on port 0 and exercises each extension with real clients. */
class CustomPacketHandlerIT {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
    /** The bot's registry plus the custom reply, so that a test client can receive it. */
    private static final PacketRegistry WITH_TIME = PacketRegistry.builder()
            .include(Bot.registry())
            .registerRaw(CustomPacketHandler.SERVER_TIME_RESPONSE)
            .build();

    private MozartServer server;

    @BeforeEach
    void start() {
        server = CustomPacketHandler.start(0, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String token(String name, boolean admin) {
        server.accounts().register(name, "secret", Gender.MALE, admin);
        return server.accounts().authenticate(name, "secret").orElseThrow();
    }

    private Bot lobbyBot(String name, boolean admin) {
        return Bot.connect("127.0.0.1", server.port()).login(token(name, admin), 0);
    }

    @Test
    void unknownOpcodeIsServedWithARawFrameOnceAuthorized() {
        try (EncoreClient client = EncoreClient.connect("127.0.0.1", server.port(), WITH_TIME)) {
            client.send(new RawFrame(CustomPacketHandler.SERVER_TIME_REQUEST, new byte[0]));
            assertEquals(
                    AuthResponse.INVALID,
                    client.expect(AuthResponse.class, Bot.DEFAULT_TIMEOUT),
                    "before Authorize the requirement answers as the protocol does");

            client.send(
                    new AuthRequest(0, token("timer", false), io.mozart.server.protocol.planet.Gender.MALE, 1, "it"));
            assertEquals(
                    AuthResponse.SUCCESS,
                    client.expect(AuthResponse.class, Bot.DEFAULT_TIMEOUT).result());
            client.send(new RawFrame(CustomPacketHandler.SERVER_TIME_REQUEST, new byte[0]));
            RawFrame reply = client.expect(RawFrame.class, Bot.DEFAULT_TIMEOUT);
            assertEquals(CustomPacketHandler.SERVER_TIME_RESPONSE, reply.opcode());
            assertArrayEquals(new byte[] {0x2E, (byte) 0x8F, (byte) 0xA9, 0x7C, (byte) 0x9B, 0x01, 0, 0}, reply.body());
            assertEquals(NOW.toEpochMilli(), CustomPacketHandler.decodeTime(reply.body()));
        }
    }

    @Test
    void replacedAnnounceIsBroadcastWithPrefixFromAdministratorsOnly() {
        try (Bot admin = lobbyBot("gm", true);
                Bot user = lobbyBot("user", false)) {
            admin.send(new AnnounceRequest("server restarts at noon"));
            AnnouncementResponse expected = new AnnouncementResponse("[Notice] server restarts at noon");
            assertEquals(expected, admin.expect(AnnouncementResponse.class));
            assertEquals(expected, user.expect(AnnouncementResponse.class), "every player gets the replacement");
            admin.sync();
            assertEquals(List.of(), user.sync(), "and only the replacement: the built-in broadcast is gone");

            user.send(new AnnounceRequest("I am not an admin"));
            assertEquals(List.of(), user.sync());
            assertEquals(List.of(), admin.sync());
        }
    }

    @Test
    void announceNeedsAChannel() {
        try (Bot admin = Bot.connect("127.0.0.1", server.port())) {
            assertEquals(
                    AuthResponse.SUCCESS, admin.authorize(token("gm2", true)).result());
            admin.send(new AnnounceRequest("too early"));
            assertEquals(List.of(), admin.sync(), "an authorized connection outside a channel gets nothing");
        }
    }

    @Test
    void bannedWordsAreDroppedUntilTheSubscriptionIsClosed() {
        Subscription ban = CustomPacketHandler.banWords(server, Set.of("noob"));
        try (Bot alice = lobbyBot("alice", false);
                Bot bob = lobbyBot("bob", false)) {
            alice.send(new SendMainRoomMessageRequest(CustomPacketHandler.cStringBytes("hello")));
            MainRoomUserMessageResponse line = bob.expect(MainRoomUserMessageResponse.class);
            assertEquals("alice", line.sender());
            assertEquals("hello", CustomPacketHandler.cString(line.content()));
            alice.expect(MainRoomUserMessageResponse.class);

            alice.send(new SendMainRoomMessageRequest(CustomPacketHandler.cStringBytes("what a NOOB")));
            assertEquals(List.of(), alice.sync(), "not even to the sender");
            assertEquals(List.of(), bob.sync(), "cancelled line is not delivered");

            alice.send(new SendWhisperRequest("bob", "noob"));
            assertEquals(SendWhisperResponse.notOnline("bob"), alice.expect(SendWhisperResponse.class));
            assertEquals(List.of(), bob.sync());

            ban.close();
            alice.send(new SendMainRoomMessageRequest(CustomPacketHandler.cStringBytes("noob again")));
            assertEquals(
                    "noob again",
                    CustomPacketHandler.cString(
                            bob.expect(MainRoomUserMessageResponse.class).content()));
            assertTrue(bob.isConnected());
        }
    }
}
