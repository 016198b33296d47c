package io.mozart.server.protocol.lobby;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds the lobby records (spec 02 §4–§6 without messaging and ranking) to their opcodes. Includes the
 * repeated layouts UserJoinWaiting 0x0BBC, MusicLoaded 0x0FAD and the gift messages 0x1399–0x139B.
 */
public final class LobbyPackets {

    private LobbyPackets() {
    }

    /**
     * Registers every lobby record.
     *
     * @param builder the registry builder
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.GET_CHARACTER_INFO, GetCharacterInfoRequest.class,
                        GetCharacterInfoRequest.CODEC)
                .register(Opcodes.Response.GET_CHARACTER_INFO, CharacterInfoResponse.class,
                        CharacterInfoResponse.CODEC)
                .register(Opcodes.Request.GET_CHANNEL_INFO, GetChannelInfoRequest.class, GetChannelInfoRequest.CODEC)
                .register(Opcodes.Response.GET_ROOM_LIST, RoomListResponse.class, RoomListResponse.CODEC)
                .register(Opcodes.Request.GET_USER_LIST, GetUserListRequest.class, GetUserListRequest.CODEC)
                .register(Opcodes.Response.GET_USER_LIST, UserListResponse.class, UserListResponse.CODEC)
                .register(Opcodes.Request.CREATE_ROOM, CreateRoomRequest.class, CreateRoomRequest.CODEC)
                .register(Opcodes.Response.CREATE_ROOM, CreateRoomResponse.class, CreateRoomResponse.CODEC)
                .register(Opcodes.Request.JOIN_WAITING, JoinWaitingRequest.class, JoinWaitingRequest.CODEC)
                .register(Opcodes.Response.JOIN_ROOM, JoinRoomResponse.class, JoinRoomResponse.CODEC)
                .register(Opcodes.Notice.USER_JOIN_WAITING, UserJoinWaitingNotice.class, UserJoinWaitingNotice.CODEC)
                .register(Opcodes.Notice.MUSIC_LOADED, MusicLoadedNotice.class, MusicLoadedNotice.CODEC)
                .register(Opcodes.Request.SEND_MUSIC_LIST, SendMusicListRequest.class, SendMusicListRequest.CODEC)
                .register(Opcodes.Request.GET_MUSIC_LIST, GetMusicListRequest.class, GetMusicListRequest.CODEC)
                .register(Opcodes.Response.GET_MUSIC_LIST, MusicListResponse.class, MusicListResponse.CODEC)
                .register(Opcodes.Request.GET_GIFT_MESSAGE_LIST, GetGiftMessageListRequest.class,
                        GetGiftMessageListRequest.CODEC)
                .register(Opcodes.Response.GET_GIFT_MESSAGE_LIST, GiftMessageListResponse.class,
                        GiftMessageListResponse.CODEC)
                .register(Opcodes.Request.READ_GIFT_MESSAGE, ReadGiftMessageRequest.class,
                        ReadGiftMessageRequest.CODEC)
                .register(Opcodes.Notice.ROOM_CREATED, RoomCreatedNotice.class, RoomCreatedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_REMOVED, RoomRemovedNotice.class, RoomRemovedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_TITLE_CHANGED, RoomTitleChangedNotice.class,
                        RoomTitleChangedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_USER_COUNT_CHANGED, RoomUserCountChangedNotice.class,
                        RoomUserCountChangedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_STATE_CHANGED, RoomStateChangedNotice.class,
                        RoomStateChangedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_PARAMETER_CHANGED, RoomParameterChangedNotice.class,
                        RoomParameterChangedNotice.CODEC)
                .register(Opcodes.Notice.ROOM_SKILL_CHANGED, RoomSkillChangedNotice.class,
                        RoomSkillChangedNotice.CODEC)
                .register(Opcodes.Notice.MUSIC_PREMIUM_TIME_LIST, MusicPremiumTimeListNotice.class,
                        MusicPremiumTimeListNotice.CODEC)
                .register(Opcodes.Notice.RANK_NOTIFICATION, RankNotificationNotice.class,
                        RankNotificationNotice.CODEC);
    }
}
