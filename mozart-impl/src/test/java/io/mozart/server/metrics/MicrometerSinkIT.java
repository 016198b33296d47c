package io.mozart.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.mozart.api.MozartServer;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.server.protocol.planet.AuthResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedder's path: {@code MozartServer.builder().metrics(new MicrometerSink(registry))}, real sockets. */
class MicrometerSinkIT {

    @Test
    void anEmbeddedServerReportsItsMetersToTheRegistry() throws Exception {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (MozartServer server = MozartServer.builder()
                .port(0)
                .metrics(new MicrometerSink(registry))
                .start()) {
            server.accounts().register("ann", "secret", Gender.FEMALE, false);
            String token = server.accounts().authenticate("ann", "secret").orElseThrow();
            try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
                assertEquals(AuthResponse.INVALID_LOGIN, bot.authorize("wrong").result());
                bot.login(token, 0);
                bot.characterInfo();
                assertEquals(
                        1.0, registry.get("mozart.connections.open").gauge().value());
                assertEquals(
                        1.0,
                        registry.get("mozart.players.online")
                                .tag("channel", "0")
                                .gauge()
                                .value());
                assertEquals(
                        0.0,
                        registry.get("mozart.rooms").tag("channel", "0").gauge().value());
                assertEquals(
                        1.0,
                        registry.get("mozart.logins")
                                .tag("result", "success")
                                .counter()
                                .count());
                assertEquals(
                        1.0,
                        registry.get("mozart.logins")
                                .tag("result", "invalid")
                                .counter()
                                .count());
                assertEquals(
                        2,
                        registry.get("mozart.handler")
                                .tag("message", "AuthRequest")
                                .timer()
                                .count());
                assertTrue(registry.get("mozart.handler")
                                .tag("message", "AuthRequest")
                                .timer()
                                .totalTime(TimeUnit.NANOSECONDS)
                        > 0);
                assertTrue(registry.get("mozart.frames.in").functionCounter().count() >= 4);
                assertTrue(registry.get("mozart.bytes.out").functionCounter().count() > 0);
                assertEquals(0.0, registry.get("mozart.games.started").counter().count());
            }
        }
    }
}
