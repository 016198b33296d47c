package io.mozart.server.protocol.messaging;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Notice;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the messaging records (spec 02 §5.10: lobby chat, announcements, whispers, room chat) to their opcodes. */
public final class MessagingPackets {
    private MessagingPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(
                        Request.SEND_MAIN_ROOM_MESSAGE,
                        SendMainRoomMessageRequest.class,
                        SendMainRoomMessageRequest.CODEC)
                .register(
                        Response.MAIN_ROOM_USER_MESSAGE,
                        MainRoomUserMessageResponse.class,
                        MainRoomUserMessageResponse.CODEC)
                .register(
                        Response.MAIN_ROOM_ADMIN_MESSAGE,
                        MainRoomAdminMessageResponse.class,
                        MainRoomAdminMessageResponse.CODEC)
                .register(Request.ANNOUNCE, AnnounceRequest.class, AnnounceRequest.CODEC)
                .register(Response.ANNOUNCEMENT, AnnouncementResponse.class, AnnouncementResponse.CODEC)
                .register(Request.SEND_WHISPER, SendWhisperRequest.class, SendWhisperRequest.CODEC)
                .register(Response.SEND_WHISPER, SendWhisperResponse.class, SendWhisperResponse.CODEC)
                .register(Notice.RECEIVE_WHISPER, ReceiveWhisperNotice.class, ReceiveWhisperNotice.CODEC)
                .register(
                        Request.SEND_WAITING_MESSAGE, SendWaitingMessageRequest.class, SendWaitingMessageRequest.CODEC)
                .register(
                        Response.WAITING_USER_MESSAGE,
                        WaitingUserMessageResponse.class,
                        WaitingUserMessageResponse.CODEC)
                .register(
                        Response.WAITING_ADMIN_MESSAGE,
                        WaitingAdminMessageResponse.class,
                        WaitingAdminMessageResponse.CODEC);
    }
}
