package io.mozart.server.protocol.waiting;

import static io.mozart.server.protocol.ProtocolFrames.utf8;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.FrameLengthProperties;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** Round trips and robustness of every waiting-room codec (spec 03). */
class WaitingRoundTripProperties extends FrameLengthProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(WaitingPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return WaitingArbitraries.all();
    }

    @Override
    protected void frameLengths(Table t) {
        t.len(SetRoomTitleRequest.class, r -> 4 + utf8(r.title()) + 1);
        t.len(WaitingTitleChangedNotice.class, r -> 4 + utf8(r.title()) + 1);
        t.len(ExitWaitingRequest.class, r -> 6);
        t.len(ExitWaitingResponse.class, r -> 8);
        t.len(UserLeaveWaitingNotice.class, r -> 8);
        t.len(UpdateSlotRequest.class, r -> 5);
        t.len(RoomSlotUpdateNotice.class, r -> 6);
        t.len(KickNotice.class, r -> 4);
        t.len(RoomForceRemovedNotice.class, r -> 4);
        t.len(SetRoomMusicRequest.class, r -> 8);
        t.len(WaitingMusicChangedNotice.class, r -> 8);
        t.len(SetRoomAlbumRequest.class, r -> 9);
        t.len(WaitingAlbumChangedNotice.class, r -> 9);
        t.len(SetRoomArenaRequest.class, r -> 8);
        t.len(RoomArenaChangedNotice.class, r -> 8);
        t.len(SetRoomTeamRequest.class, r -> 8);
        t.len(UserTeamChangedNotice.class, r -> 6);
        t.len(SetInstrumentRequest.class, r -> 8);
        t.len(UserInstrumentChangedNotice.class, r -> 9);
        t.len(ReadyRequest.class, r -> 4);
        t.len(UserReadyStateChangedNotice.class, r -> 6);
        t.len(SetRoomSkillRequest.class, r -> 8 + 4 * r.skills().size());
        t.len(WaitingSkillChangedNotice.class, r -> 8 + 4 * r.skills().size());
        t.len(UpdateMusicStateRequest.class, r -> 5);
        t.len(MusicStateChangedNotice.class, r -> 7);
        t.len(AcquireMusicRequest.class, r -> 5 + r.memberIds().size());
        t.len(AcquireMusicNotice.class, r -> 5 + 2 * r.states().size());
        t.len(SyncMemberMusicStateRequest.class, r -> 5);
        t.len(SyncMemberMusicStateNotice.class, r -> 6);
        t.len(SetDownloadProgressRequest.class, r -> 6);
        t.len(DownloadProgressChangedNotice.class, r -> 6);
        t.len(SyncMusicDownloadRequest.class, r -> 6);
    }
}
