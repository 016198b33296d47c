package io.mozart.server.protocol.messaging;

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

class MessagingRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry(MessagingPackets::register);

    @Provide
    Arbitrary<Object> packets() {
        List<Arbitrary<Object>> all = MessagingArbitraries.all().values().stream()
                .map(a -> a.map(x -> (Object) x)).toList();
        return Arbitraries.oneOf(all);
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(MessagingArbitraries.all().keySet());
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return junk();
    }

    @Property(tries = 2000)
    void everyRecordRoundTripsWithTheSpecSize(@ForAll("packets") Object packet) {
        int size = assertRoundTrip(REGISTRY, packet);
        expectedBodySize(packet).ifPresent(expected -> assertEquals(expected, size, "body size of " + packet));
    }

    @Example
    void eachRecordRoundTripsOnItsOwn() {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : MessagingArbitraries.all().entrySet()) {
            e.getValue().sampleStream().limit(60).forEach(p -> {
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

    /** Sizes from the layouts of spec 02 §5.10 (raw content has no length). */
    static OptionalInt expectedBodySize(Object p) {
        if (p instanceof SendMainRoomMessageRequest r) {
            return OptionalInt.of(r.content().length);
        }
        if (p instanceof SendWaitingMessageRequest r) {
            return OptionalInt.of(r.content().length);
        }
        if (p instanceof MainRoomUserMessageResponse r) {
            return OptionalInt.of(utf8(r.sender()) + 1 + r.content().length);
        }
        if (p instanceof WaitingUserMessageResponse r) {
            return OptionalInt.of(utf8(r.sender()) + 1 + r.content().length + 1);
        }
        if (p instanceof SendWhisperResponse r) {
            return OptionalInt.of(4 + utf8(r.recipient()) + 1 + (r.content() == null ? 0 : utf8(r.content()) + 1));
        }
        return OptionalInt.empty();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
