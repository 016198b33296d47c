package io.mozart.server.protocol.waiting;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Notice;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds every waiting-room record (spec 03) to its opcode. */
public final class WaitingPackets {
    private WaitingPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.SET_ROOM_TITLE, SetRoomTitleRequest.class, SetRoomTitleRequest.CODEC)
                .register(
                        Notice.WAITING_TITLE_CHANGED, WaitingTitleChangedNotice.class, WaitingTitleChangedNotice.CODEC)
                .register(Request.EXIT_WAITING, ExitWaitingRequest.class, ExitWaitingRequest.CODEC)
                .register(Response.EXIT_WAITING, ExitWaitingResponse.class, ExitWaitingResponse.CODEC)
                .register(Notice.USER_LEAVE_WAITING, UserLeaveWaitingNotice.class, UserLeaveWaitingNotice.CODEC)
                .register(Request.UPDATE_SLOT, UpdateSlotRequest.class, UpdateSlotRequest.CODEC)
                .register(Notice.ROOM_SLOT_UPDATE, RoomSlotUpdateNotice.class, RoomSlotUpdateNotice.CODEC)
                .register(Notice.KICK, KickNotice.class, KickNotice.CODEC)
                .register(Notice.ROOM_FORCE_REMOVED, RoomForceRemovedNotice.class, RoomForceRemovedNotice.CODEC)
                .register(Request.SET_ROOM_MUSIC, SetRoomMusicRequest.class, SetRoomMusicRequest.CODEC)
                .register(
                        Notice.WAITING_MUSIC_CHANGED, WaitingMusicChangedNotice.class, WaitingMusicChangedNotice.CODEC)
                .register(Request.SET_ROOM_ALBUM, SetRoomAlbumRequest.class, SetRoomAlbumRequest.CODEC)
                .register(
                        Notice.WAITING_ALBUM_CHANGED, WaitingAlbumChangedNotice.class, WaitingAlbumChangedNotice.CODEC)
                .register(Request.SET_ROOM_ARENA, SetRoomArenaRequest.class, SetRoomArenaRequest.CODEC)
                .register(Notice.ROOM_ARENA_CHANGED, RoomArenaChangedNotice.class, RoomArenaChangedNotice.CODEC)
                .register(Request.SET_ROOM_TEAM, SetRoomTeamRequest.class, SetRoomTeamRequest.CODEC)
                .register(Notice.USER_TEAM_CHANGED, UserTeamChangedNotice.class, UserTeamChangedNotice.CODEC)
                .register(Request.SET_INSTRUMENT, SetInstrumentRequest.class, SetInstrumentRequest.CODEC)
                .register(
                        Notice.USER_INSTRUMENT_CHANGED,
                        UserInstrumentChangedNotice.class,
                        UserInstrumentChangedNotice.CODEC)
                .register(Request.READY, ReadyRequest.class, ReadyRequest.CODEC)
                .register(
                        Notice.USER_READY_STATE_CHANGED,
                        UserReadyStateChangedNotice.class,
                        UserReadyStateChangedNotice.CODEC)
                .register(Request.SET_ROOM_SKILL, SetRoomSkillRequest.class, SetRoomSkillRequest.CODEC)
                .register(
                        Notice.WAITING_SKILL_CHANGED, WaitingSkillChangedNotice.class, WaitingSkillChangedNotice.CODEC)
                .register(Request.UPDATE_MUSIC_STATE, UpdateMusicStateRequest.class, UpdateMusicStateRequest.CODEC)
                .register(Notice.MUSIC_STATE_CHANGED, MusicStateChangedNotice.class, MusicStateChangedNotice.CODEC)
                .register(Request.ACQUIRE_MUSIC_REQUEST, AcquireMusicRequest.class, AcquireMusicRequest.CODEC)
                .register(Notice.ACQUIRE_MUSIC, AcquireMusicNotice.class, AcquireMusicNotice.CODEC)
                .register(
                        Request.SYNC_MEMBER_MUSIC_STATE,
                        SyncMemberMusicStateRequest.class,
                        SyncMemberMusicStateRequest.CODEC)
                .register(
                        Notice.SYNC_MEMBER_MUSIC_STATE,
                        SyncMemberMusicStateNotice.class,
                        SyncMemberMusicStateNotice.CODEC)
                .register(
                        Request.SET_DOWNLOAD_PROGRESS,
                        SetDownloadProgressRequest.class,
                        SetDownloadProgressRequest.CODEC)
                .register(
                        Notice.DOWNLOAD_PROGRESS_CHANGED,
                        DownloadProgressChangedNotice.class,
                        DownloadProgressChangedNotice.CODEC)
                .register(Request.SYNC_MUSIC_DOWNLOAD, SyncMusicDownloadRequest.class, SyncMusicDownloadRequest.CODEC);
    }
}
