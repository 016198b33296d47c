package io.mozart.server.protocol.ranking;

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

class RankingRoundTripProperties {

    private static final PacketRegistry REGISTRY = registry(RankingPackets::register);

    @Provide
    Arbitrary<Object> packets() {
        List<Arbitrary<Object>> all = RankingArbitraries.all().values().stream()
                .map(a -> a.map(x -> (Object) x)).toList();
        return Arbitraries.oneOf(all);
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(RankingArbitraries.all().keySet());
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
        for (Map.Entry<Class<?>, Arbitrary<?>> e : RankingArbitraries.all().entrySet()) {
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

    /** Sizes from spec 02 §5.11. */
    static OptionalInt expectedBodySize(Object p) {
        if (p instanceof GetMusicPlayRankingRequest || p instanceof GetMusicScoreListRequest) {
            return OptionalInt.of(0);
        }
        if (p instanceof MusicScoreListResponse r) {
            return OptionalInt.of(MusicScoreListResponse.ScoreEntry.SIZE * r.entries().size());
        }
        if (p instanceof MusicPlayRankingResponse r) {
            int size = entrySize(r.self()) + 4;
            for (MusicPlayRankingResponse.RankEntry e : r.entries()) {
                size += entrySize(e);
            }
            return OptionalInt.of(size);
        }
        return OptionalInt.empty();
    }

    private static int entrySize(MusicPlayRankingResponse.RankEntry e) {
        return 4 + utf8(e.nickname()) + 1 + 4 + 4 + 4 + 1 + 4;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
