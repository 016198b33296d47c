package io.mozart.server.it;

import io.mozart.client.Bot;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.LegacyPing;
import io.mozart.server.protocol.planet.Ping;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Authorization and channel login over a real socket against a real SQLite file. */
class PlanetIT {

    @Test
    void fullLoginReachesTheLobby() {
        try (TestServer server = TestServer.start(); Bot bot = server.bot()) {
            String token = server.register("alice");
            AuthResponse auth = bot.authorize(token);
            assertEquals(AuthResponse.SUCCESS, auth.result());
            assertNotNull(auth.passInfo());
            assertEquals(1, auth.passInfo().freePassType(), "free music is on by default");
            ChannelListResponse list = bot.channelList();
            assertEquals(1, list.channels().size());
            assertEquals(new ChannelListResponse.Entry(0, 0, 100, 0, true), list.channels().get(0));
            assertEquals(ChannelLoginResponse.success(), bot.channelLogin(0, 0));
            assertEquals(1, bot.channelList().channels().get(0).population());
            assertEquals("alice", bot.characterInfo().info().nickname());
        }
    }

    @Test
    void unknownTokenGetsInvalidLoginAndTheConnectionLivesOn() {
        try (TestServer server = TestServer.start(); Bot bot = server.bot()) {
            assertEquals(AuthResponse.INVALID, bot.authorize("0123456789ABCDEF0123456789ABCDEF"));
            bot.send(LegacyPing.INSTANCE);
            assertInstanceOf(LegacyPing.class, bot.expect(LegacyPing.class));
            bot.send(Ping.INSTANCE);
            assertEquals(AuthResponse.INVALID, bot.expect(AuthResponse.class), "Ping needs authorization");
        }
    }

    @Test
    void secondConnectionWithTheSameTokenIsAlreadyConnected() {
        try (TestServer server = TestServer.start(); Bot first = server.bot(); Bot second = server.bot()) {
            String token = server.register("bob");
            first.login(token, 0);
            assertEquals(AuthResponse.failure(AuthResponse.ALREADY_CONNECTED), second.authorize(token));
        }
    }

    @Test
    void fullChannelRefusesTheNextPlayer() {
        try (TestServer server = TestServer.start(b -> b.channels(io.mozart.api.ChannelOptions.of(0)
                .withCapacity(1))); Bot first = server.lobbyBot("c1"); Bot second = server.bot()) {
            assertTrue(second.authorize(server.register("c2")).result() == AuthResponse.SUCCESS);
            assertEquals(ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE),
                    second.channelLogin(0, 0));
        }
    }
}
