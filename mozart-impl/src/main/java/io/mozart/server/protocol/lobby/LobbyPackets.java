package io.mozart.server.protocol.lobby;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Notice;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the lobby records (spec 02 §4–§6 without messaging and ranking) to their opcodes. */
public final class LobbyPackets {
    private LobbyPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(Request.GET_CHARACTER_INFO, GetCharacterInfoRequest.class, GetCharacterInfoRequest.CODEC)
                .register(Response.GET_CHARACTER_INFO, CharacterInfoResponse.class, CharacterInfoResponse.CODEC)
                .register(Request.GET_CHANNEL_INFO, GetChannelInfoRequest.class, GetChannelInfoRequest.CODEC)
                .register(Response.GET_ROOM_LIST, RoomListResponse.class, RoomListResponse.CODEC)
                .register(Request.GET_USER_LIST, GetUserListRequest.class, GetUserListRequest.CODEC)
                .register(Response.GET_USER_LIST, UserListResponse.class, UserListResponse.CODEC)
                .register(Request.CREATE_ROOM, CreateRoomRequest.class, CreateRoomRequest.CODEC)
                .register(Response.CREATE_ROOM, CreateRoomResponse.class, CreateRoomResponse.CODEC)
                .register(Request.JOIN_WAITING, JoinWaitingRequest.class, JoinWaitingRequest.CODEC)
                .register(Response.JOIN_ROOM, JoinRoomResponse.class, JoinRoomResponse.CODEC)
                .register(Notice.USER_JOIN_WAITING, UserJoinWaitingNotice.class, UserJoinWaitingNotice.CODEC)
                .register(Notice.MUSIC_LOADED, MusicLoadedNotice.class, MusicLoadedNotice.CODEC)
                .register(Request.SEND_MUSIC_LIST, SendMusicListRequest.class, SendMusicListRequest.CODEC)
                .register(Request.GET_MUSIC_LIST, GetMusicListRequest.class, GetMusicListRequest.CODEC)
                .register(Response.GET_MUSIC_LIST, MusicListResponse.class, MusicListResponse.CODEC)
                .register(
                        Request.GET_GIFT_MESSAGE_LIST, GetGiftMessageListRequest.class, GetGiftMessageListRequest.CODEC)
                .register(Response.GET_GIFT_MESSAGE_LIST, GiftMessageListResponse.class, GiftMessageListResponse.CODEC)
                .register(Request.READ_GIFT_MESSAGE, ReadGiftMessageRequest.class, ReadGiftMessageRequest.CODEC)
                .register(Notice.ROOM_CREATED, RoomCreatedNotice.class, RoomCreatedNotice.CODEC)
                .register(Notice.ROOM_REMOVED, RoomRemovedNotice.class, RoomRemovedNotice.CODEC)
                .register(Notice.ROOM_TITLE_CHANGED, RoomTitleChangedNotice.class, RoomTitleChangedNotice.CODEC)
                .register(
                        Notice.ROOM_USER_COUNT_CHANGED,
                        RoomUserCountChangedNotice.class,
                        RoomUserCountChangedNotice.CODEC)
                .register(Notice.ROOM_STATE_CHANGED, RoomStateChangedNotice.class, RoomStateChangedNotice.CODEC)
                .register(
                        Notice.ROOM_PARAMETER_CHANGED,
                        RoomParameterChangedNotice.class,
                        RoomParameterChangedNotice.CODEC)
                .register(Notice.ROOM_SKILL_CHANGED, RoomSkillChangedNotice.class, RoomSkillChangedNotice.CODEC)
                .register(
                        Notice.MUSIC_PREMIUM_TIME_LIST,
                        MusicPremiumTimeListNotice.class,
                        MusicPremiumTimeListNotice.CODEC)
                .register(Notice.RANK_NOTIFICATION, RankNotificationNotice.class, RankNotificationNotice.CODEC);
    }
}
