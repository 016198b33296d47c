package io.mozart.server.protocol.waiting;

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
import static io.mozart.server.protocol.RoomRecordFrames.utf8Length;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Round trips and robustness of every waiting-room codec (spec 03). */
class WaitingRoundTripProperties {

    private static final PacketRegistry REGISTRY;

    static {
        PacketRegistry.Builder b = PacketRegistry.builder();
        WaitingPackets.register(b);
        REGISTRY = b.build();
    }

    /** Frame length (prefix included) each record must encode to, from the spec's layouts. */
    private static final Map<Class<?>, ToIntFunction<Object>> FRAME_LENGTH = new LinkedHashMap<>();

    private static <T> void len(Class<T> type, ToIntFunction<T> f) {
        FRAME_LENGTH.put(type, o -> f.applyAsInt(type.cast(o)));
    }

    static {
        len(SetRoomTitleRequest.class, r -> 4 + utf8Length(r.title()) + 1);
        len(WaitingTitleChangedNotice.class, r -> 4 + utf8Length(r.title()) + 1);
        len(ExitWaitingRequest.class, r -> 6);
        len(ExitWaitingResponse.class, r -> 8);
        len(UserLeaveWaitingNotice.class, r -> 8);
        len(UpdateSlotRequest.class, r -> 5);
        len(RoomSlotUpdateNotice.class, r -> 6);
        len(KickNotice.class, r -> 4);
        len(RoomForceRemovedNotice.class, r -> 4);
        len(SetRoomMusicRequest.class, r -> 8);
        len(WaitingMusicChangedNotice.class, r -> 8);
        len(SetRoomAlbumRequest.class, r -> 9);
        len(WaitingAlbumChangedNotice.class, r -> 9);
        len(SetRoomArenaRequest.class, r -> 8);
        len(RoomArenaChangedNotice.class, r -> 8);
        len(SetRoomTeamRequest.class, r -> 8);
        len(UserTeamChangedNotice.class, r -> 6);
        len(SetInstrumentRequest.class, r -> 8);
        len(UserInstrumentChangedNotice.class, r -> 9);
        len(ReadyRequest.class, r -> 4);
        len(UserReadyStateChangedNotice.class, r -> 6);
        len(SetRoomSkillRequest.class, r -> 8 + 4 * r.skills().size());
        len(WaitingSkillChangedNotice.class, r -> 8 + 4 * r.skills().size());
        len(UpdateMusicStateRequest.class, r -> 5);
        len(MusicStateChangedNotice.class, r -> 7);
        len(AcquireMusicRequest.class, r -> 5 + r.memberIds().size());
        len(AcquireMusicNotice.class, r -> 5 + 2 * r.states().size());
        len(SyncMemberMusicStateRequest.class, r -> 5);
        len(SyncMemberMusicStateNotice.class, r -> 6);
        len(SetDownloadProgressRequest.class, r -> 6);
        len(DownloadProgressChangedNotice.class, r -> 6);
        len(SyncMusicDownloadRequest.class, r -> 6);
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
        for (Map.Entry<Class<?>, Arbitrary<?>> e : WaitingArbitraries.all().entrySet()) {
            e.getValue().sampleStream().limit(100).forEach(WaitingRoundTripProperties::roundTrip);
        }
        assertEquals(WaitingArbitraries.all().keySet(), FRAME_LENGTH.keySet());
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
        for (Arbitrary<?> a : WaitingArbitraries.all().values()) {
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
