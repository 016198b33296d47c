package io.mozart.api.storage;

import java.time.Instant;

/**
 * A gift message ({@code t_o2jam_message}). Only unread messages are ever returned by storage.
 *
 * @param id               {@code Seq}; 0 in a message not yet stored
 * @param senderUsername   {@code SenderID}
 * @param senderId         {@code SenderIndexID}
 * @param senderNickname   {@code SenderNickName}
 * @param receiverUsername {@code ReceiverID}
 * @param receiverId       {@code ReceiverIndexID}
 * @param receiverNickname {@code ReceiverNickName}
 * @param title            {@code Title} (≤ 40)
 * @param content          {@code Content} (≤ 400)
 * @param type             {@code TypeFlag}
 * @param writtenAt        {@code WriteDate}; null in a message not yet stored (storage sets "now")
 */
public record GiftMessage(
        int id,
        String senderUsername,
        int senderId,
        String senderNickname,
        String receiverUsername,
        int receiverId,
        String receiverNickname,
        String title,
        String content,
        GiftType type,
        Instant writtenAt) {}
