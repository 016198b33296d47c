package io.mozart.server.protocol.waiting;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

import static io.mozart.server.protocol.ProtocolFrames.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round trips and robustness of every waiting-room codec (spec 03). */
class WaitingRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(WaitingPackets::register);

    /** Frame length (prefix included) each record must encode to, from the spec's layouts. */
    private static final Map<Class<?>, ToIntFunction<Object>> FRAME_LENGTH = new LinkedHashMap<>();

    private static <T> void len(Class<T> type, ToIntFunction<T> f) {
        FRAME_LENGTH.put(type, o -> f.applyAsInt(type.cast(o)));
    }

    static {
        len(SetRoomTitleRequest.class, r -> 4 + utf8(r.title()) + 1);
        len(WaitingTitleChangedNotice.class, r -> 4 + utf8(r.title()) + 1);
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

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return WaitingArbitraries.all();
    }

    @Override
    protected int samplesPerRecord() {
        return 100;
    }

    /** Every record of the area has a length in the table; a record without one fails the round trip. */
    @Override
    protected boolean everyRecordHasASpecSize() {
        return true;
    }

    /** The table holds whole frame lengths: the body is what follows the length prefix and the opcode. */
    @Override
    protected OptionalInt expectedBodySize(final Object record) {
        final ToIntFunction<Object> frameLength = FRAME_LENGTH.get(record.getClass());
        return frameLength == null ? OptionalInt.empty() : OptionalInt.of(frameLength.applyAsInt(record) - 4);
    }

    @Example
    void theLengthTableCoversExactlyTheArbitraries() {
        assertEquals(WaitingArbitraries.all().keySet(), FRAME_LENGTH.keySet());
    }
}
