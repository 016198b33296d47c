package io.mozart.server.protocol.planet;

import io.mozart.encore.protocol.PacketRegistry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static io.mozart.server.protocol.LobbyFrames.assertDecodesOrRejects;
import static io.mozart.server.protocol.LobbyFrames.assertRoundTrip;
import static io.mozart.server.protocol.LobbyFrames.junk;
import static io.mozart.server.protocol.LobbyFrames.registry;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanetRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry(PlanetPackets::register);

    @Provide
    Arbitrary<Object> packets() {
        List<Arbitrary<Object>> all = PlanetArbitraries.all().values().stream()
                .map(a -> a.map(x -> (Object) x)).toList();
        return Arbitraries.oneOf(all);
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(PlanetArbitraries.all().keySet());
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return junk();
    }

    @Property(tries = 3000)
    void everyRecordRoundTripsWithTheSpecSize(@ForAll("packets") Object packet) {
        int size = assertRoundTrip(REGISTRY, packet);
        expectedBodySize(packet).ifPresent(expected -> assertEquals(expected, size, "body size of " + packet));
    }

    @Example
    void eachRecordRoundTripsOnItsOwn() {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : PlanetArbitraries.all().entrySet()) {
            e.getValue().sampleStream().limit(100).forEach(p -> {
                assertEquals(e.getKey(), p.getClass());
                int size = assertRoundTrip(REGISTRY, p);
                expectedBodySize(p).ifPresent(expected -> assertEquals(expected, size, "body size of " + p));
            });
        }
    }

    @Property(tries = 3000)
    void decodingAnyBytesYieldsARecordOrDecodeException(@ForAll("types") Class<?> type,
                                                       @ForAll("bodies") byte[] body) {
        assertDecodesOrRejects(REGISTRY, type, body);
    }

    /** Sizes the spec fixes (01 §4). */
    static OptionalInt expectedBodySize(Object p) {
        if (p instanceof LegacyPing || p instanceof Ping || p instanceof SessionKeysRequest
                || p instanceof TerminateRequest || p instanceof GetChannelListRequest
                || p instanceof ChannelLogoutRequest || p instanceof ForceReauthorizeResponse
                || p instanceof MultiSessionErrorResponse) {
            return OptionalInt.of(0);
        }
        if (p instanceof SessionKeysResponse) {
            return OptionalInt.of(51);
        }
        if (p instanceof ChannelLoginRequest || p instanceof ChannelLogoutResponse) {
            return OptionalInt.of(4);
        }
        if (p instanceof ChannelLoginResponse r) {
            return OptionalInt.of(r.restricted() == null ? 4 : 8);
        }
        if (p instanceof ChannelListResponse r) {
            return OptionalInt.of(4 + ChannelListResponse.Entry.SIZE * r.channels().size());
        }
        if (p instanceof AuthResponse r) {
            if (r.passInfo() == null) {
                return OptionalInt.of(4);
            }
            AuthResponse.PassInfo i = r.passInfo();
            int starter = i.starterPassText() == null ? 0 : utf8(i.starterPassText()) + 1;
            return OptionalInt.of(4 + 4 + utf8(i.freePassText()) + 1 + 4 + 2 + starter);
        }
        if (p instanceof AuthRequest r) {
            int gender = GenderCode.format(r.gender()).length() + 1;
            return OptionalInt.of(4 + utf8(r.token()) + 1 + gender + 1 + utf8(r.clientId()) + 1);
        }
        return OptionalInt.empty();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
