package io.mozart.server.protocol.waiting;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds every waiting-room record (spec 03) to its opcode. Layouts owned by the lobby section (JoinWaiting,
 * JoinRoom, UserJoinWaiting, room chat, MusicLoaded, lobby notices) are registered by their own area; the
 * StartGame pair is registered by {@code PlayingPackets}.
 */
public final class WaitingPackets {

    private WaitingPackets() {
    }

    /**
     * Registers the area.
     *
     * @param builder the registry builder
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.SET_ROOM_TITLE, SetRoomTitleRequest.class, SetRoomTitleRequest.CODEC)
                .register(Opcodes.Notice.WAITING_TITLE_CHANGED, WaitingTitleChangedNotice.class,
                        WaitingTitleChangedNotice.CODEC)
                .register(Opcodes.Request.EXIT_WAITING, ExitWaitingRequest.class, ExitWaitingRequest.CODEC)
                .register(Opcodes.Response.EXIT_WAITING, ExitWaitingResponse.class, ExitWaitingResponse.CODEC)
                .register(Opcodes.Notice.USER_LEAVE_WAITING, UserLeaveWaitingNotice.class,
                        UserLeaveWaitingNotice.CODEC)
                .register(Opcodes.Request.UPDATE_SLOT, UpdateSlotRequest.class, UpdateSlotRequest.CODEC)
                .register(Opcodes.Notice.ROOM_SLOT_UPDATE, RoomSlotUpdateNotice.class, RoomSlotUpdateNotice.CODEC)
                .register(Opcodes.Notice.KICK, KickNotice.class, KickNotice.CODEC)
                .register(Opcodes.Notice.ROOM_FORCE_REMOVED, RoomForceRemovedNotice.class,
                        RoomForceRemovedNotice.CODEC)
                .register(Opcodes.Request.SET_ROOM_MUSIC, SetRoomMusicRequest.class, SetRoomMusicRequest.CODEC)
                .register(Opcodes.Notice.WAITING_MUSIC_CHANGED, WaitingMusicChangedNotice.class,
                        WaitingMusicChangedNotice.CODEC)
                .register(Opcodes.Request.SET_ROOM_ALBUM, SetRoomAlbumRequest.class, SetRoomAlbumRequest.CODEC)
                .register(Opcodes.Notice.WAITING_ALBUM_CHANGED, WaitingAlbumChangedNotice.class,
                        WaitingAlbumChangedNotice.CODEC)
                .register(Opcodes.Request.SET_ROOM_ARENA, SetRoomArenaRequest.class, SetRoomArenaRequest.CODEC)
                .register(Opcodes.Notice.ROOM_ARENA_CHANGED, RoomArenaChangedNotice.class,
                        RoomArenaChangedNotice.CODEC)
                .register(Opcodes.Request.SET_ROOM_TEAM, SetRoomTeamRequest.class, SetRoomTeamRequest.CODEC)
                .register(Opcodes.Notice.USER_TEAM_CHANGED, UserTeamChangedNotice.class, UserTeamChangedNotice.CODEC)
                .register(Opcodes.Request.SET_INSTRUMENT, SetInstrumentRequest.class, SetInstrumentRequest.CODEC)
                .register(Opcodes.Notice.USER_INSTRUMENT_CHANGED, UserInstrumentChangedNotice.class,
                        UserInstrumentChangedNotice.CODEC)
                .register(Opcodes.Request.READY, ReadyRequest.class, ReadyRequest.CODEC)
                .register(Opcodes.Notice.USER_READY_STATE_CHANGED, UserReadyStateChangedNotice.class,
                        UserReadyStateChangedNotice.CODEC)
                .register(Opcodes.Request.SET_ROOM_SKILL, SetRoomSkillRequest.class, SetRoomSkillRequest.CODEC)
                .register(Opcodes.Notice.WAITING_SKILL_CHANGED, WaitingSkillChangedNotice.class,
                        WaitingSkillChangedNotice.CODEC)
                .register(Opcodes.Request.UPDATE_MUSIC_STATE, UpdateMusicStateRequest.class,
                        UpdateMusicStateRequest.CODEC)
                .register(Opcodes.Notice.MUSIC_STATE_CHANGED, MusicStateChangedNotice.class,
                        MusicStateChangedNotice.CODEC)
                .register(Opcodes.Request.ACQUIRE_MUSIC_REQUEST, AcquireMusicRequest.class, AcquireMusicRequest.CODEC)
                .register(Opcodes.Notice.ACQUIRE_MUSIC, AcquireMusicNotice.class, AcquireMusicNotice.CODEC)
                .register(Opcodes.Request.SYNC_MEMBER_MUSIC_STATE, SyncMemberMusicStateRequest.class,
                        SyncMemberMusicStateRequest.CODEC)
                .register(Opcodes.Notice.SYNC_MEMBER_MUSIC_STATE, SyncMemberMusicStateNotice.class,
                        SyncMemberMusicStateNotice.CODEC)
                .register(Opcodes.Request.SET_DOWNLOAD_PROGRESS, SetDownloadProgressRequest.class,
                        SetDownloadProgressRequest.CODEC)
                .register(Opcodes.Notice.DOWNLOAD_PROGRESS_CHANGED, DownloadProgressChangedNotice.class,
                        DownloadProgressChangedNotice.CODEC)
                .register(Opcodes.Request.SYNC_MUSIC_DOWNLOAD, SyncMusicDownloadRequest.class,
                        SyncMusicDownloadRequest.CODEC);
    }
}
