package io.mozart.server.protocol.messaging;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes;

/**
 * Binds the messaging records (spec 02 §5.10: lobby chat, announcements, whispers, room chat) to their opcodes.
 */
public final class MessagingPackets {

    private MessagingPackets() {
    }

    /**
     * Registers every messaging record.
     *
     * @param builder the registry builder
     */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(Opcodes.Request.SEND_MAIN_ROOM_MESSAGE, SendMainRoomMessageRequest.class,
                        SendMainRoomMessageRequest.CODEC)
                .register(Opcodes.Response.MAIN_ROOM_USER_MESSAGE, MainRoomUserMessageResponse.class,
                        MainRoomUserMessageResponse.CODEC)
                .register(Opcodes.Response.MAIN_ROOM_ADMIN_MESSAGE, MainRoomAdminMessageResponse.class,
                        MainRoomAdminMessageResponse.CODEC)
                .register(Opcodes.Request.ANNOUNCE, AnnounceRequest.class, AnnounceRequest.CODEC)
                .register(Opcodes.Response.ANNOUNCEMENT, AnnouncementResponse.class, AnnouncementResponse.CODEC)
                .register(Opcodes.Request.SEND_WHISPER, SendWhisperRequest.class, SendWhisperRequest.CODEC)
                .register(Opcodes.Response.SEND_WHISPER, SendWhisperResponse.class, SendWhisperResponse.CODEC)
                .register(Opcodes.Notice.RECEIVE_WHISPER, ReceiveWhisperNotice.class, ReceiveWhisperNotice.CODEC)
                .register(Opcodes.Request.SEND_WAITING_MESSAGE, SendWaitingMessageRequest.class,
                        SendWaitingMessageRequest.CODEC)
                .register(Opcodes.Response.WAITING_USER_MESSAGE, WaitingUserMessageResponse.class,
                        WaitingUserMessageResponse.CODEC)
                .register(Opcodes.Response.WAITING_ADMIN_MESSAGE, WaitingAdminMessageResponse.class,
                        WaitingAdminMessageResponse.CODEC);
    }
}
