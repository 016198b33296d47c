package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import static io.mozart.server.protocol.RoomRecordFrames.decodeFrame;
import static io.mozart.server.protocol.RoomRecordFrames.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Round trips and robustness of every playing codec (spec 04). */
class PlayingRoundTripProperties {

    private static final PacketRegistry REGISTRY;

    static {
        PacketRegistry.Builder b = PacketRegistry.builder();
        PlayingPackets.register(b);
        REGISTRY = b.build();
    }

    /** Frame length (prefix included) each record must encode to, from the spec's layouts. */
    private static final Map<Class<?>, ToIntFunction<Object>> FRAME_LENGTH = new LinkedHashMap<>();

    private static <T> void len(Class<T> type, ToIntFunction<T> f) {
        FRAME_LENGTH.put(type, o -> f.applyAsInt(type.cast(o)));
    }

    static {
        len(StartGameRequest.class, r -> 4);
        len(StartGameNotice.class, r -> r.result() == 0 ? 12 : 8);
        len(ConfirmMusicLoadedRequest.class, r -> 8);
        len(UpdateGameStatsRequest.class, r -> 20);
        len(GameStatsUpdateNotice.class, r -> 17);
        len(SubmitScoreRequest.class, r -> 28);
        len(ScoreSubmissionNotice.class, r -> 5);
        len(ScoreCompletedNotice.class, r -> 8 + r.entries().stream()
                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE : ScoreEntry.INACTIVE_SIZE).sum());
        len(AlbumScoreCompletedNotice.class, r -> 8 + r.entries().stream()
                .mapToInt(e -> e.active() ? ScoreEntry.ACTIVE_SIZE + 1 : ScoreEntry.INACTIVE_SIZE).sum());
        len(ExitPlayingRequest.class, r -> 4);
        len(UserLeaveGameNotice.class, r -> 17);
        len(FinalizeRankRequest.class, r -> 4);
        len(GameRankUpdateNotice.class, r -> 12);
    }

    private static void roundTrip(Object packet) {
        byte[] bytes = frame(REGISTRY, packet);
        assertEquals(packet, decodeFrame(REGISTRY, bytes), "round trip of " + packet);
        ToIntFunction<Object> expected = FRAME_LENGTH.get(packet.getClass());
        assertNotNull(expected, "no expected length for " + packet.getClass().getSimpleName());
        assertEquals(expected.applyAsInt(packet), bytes.length, "frame length of " + packet);
    }

    @Property(tries = 3000)
    void everyRecordSurvivesARoundTrip(@ForAll("anyRecord") Object packet) {
        roundTrip(packet);
    }

    @Example
    void eachRecordTypeSurvivesOneHundredRoundTrips() {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : PlayingArbitraries.all().entrySet()) {
            e.getValue().sampleStream().limit(100).forEach(PlayingRoundTripProperties::roundTrip);
        }
        assertEquals(PlayingArbitraries.all().keySet(), FRAME_LENGTH.keySet());
    }

    @Property(tries = 3000)
    void arbitraryBytesDecodeToAValueOrADecodeException(@ForAll("anyType") PacketType<?> type,
                                                         @ForAll("bodies") byte[] body) {
        ByteBuf buf = Unpooled.wrappedBuffer(body);
        try {
            Object value = PacketRegistry.decodeBody(type, buf);
            assertNotNull(value);
            assertEquals(type.type(), value.getClass());
            // Whatever decodes must encode again.
            frame(REGISTRY, value);
        } catch (DecodeException expected) {
            // the only acceptable failure
        } finally {
            buf.release();
        }
    }

    @Provide
    Arbitrary<Object> anyRecord() {
        List<Arbitrary<Object>> all = new ArrayList<>();
        for (Arbitrary<?> a : PlayingArbitraries.all().values()) {
            all.add(a.map(o -> (Object) o));
        }
        return Arbitraries.oneOf(all);
    }

    @Provide
    Arbitrary<PacketType<?>> anyType() {
        return Arbitraries.of(new ArrayList<>(REGISTRY.types()));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(12),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }
}
