package com.example.greeter;

import io.mozart.api.MozartServer;
import io.mozart.api.launch.ClientLaunch;
import io.mozart.api.launch.LaunchParameters;
import io.mozart.client.Bot;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.testkit.RecordCodecProperties;
import io.mozart.testkit.WireArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The test kit's codec properties for the greeter's records, and the embedded server end to end: the launch
 * token carries the login token, and an authorized client gets its greeting over a real socket.
 */
class GreeterProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = PacketRegistry.builder()
            .register(0x7E10, Hello.class, Hello.CODEC)
            .register(0x7E11, Greeting.class, Greeting.CODEC)
            .build();

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return Map.of(
                Hello.class, Combinators.combine(WireArbitraries.text(32, 40), WireArbitraries.i32()).as(Hello::new),
                Greeting.class, Combinators.combine(WireArbitraries.text(80), WireArbitraries.i32())
                        .as(Greeting::new));
    }

    @Example
    void anAuthorizedClientIsGreeted() {
        try (MozartServer server = Greeter.start(0)) {
            ClientLaunch launch = Greeter.register(server, "ada", "secret");
            LaunchParameters fields = LaunchParameters.decrypt(launch.launchToken());
            assertEquals(launch.loginToken(), fields.username(), "the client sends field 6 back as its token");
            assertEquals(Integer.toString(server.port()), fields.gatewayPort());
            try (Bot bot = Bot.connect("127.0.0.1", server.port(), Greeter.HELLO, Greeter.GREETING)) {
                assertEquals(AuthResponse.SUCCESS, bot.authorize(fields.username()).result());
                bot.send(new Hello("Ada", 2));
                Greeting greeting = bot.expect(Greeting.class);
                assertEquals("Hello, Ada! Hello, Ada! ", greeting.text());
                assertEquals(Integer.parseInt(fields.userIndexId()), greeting.userId());
            }
        }
    }
}
