package io.mozart.api.storage;

import java.util.List;
import java.util.Optional;

/**
 * Gift boxes and gift messages ({@code t_o2jam_gift_item}, {@code t_o2jam_gift_music},
 * {@code t_o2jam_message}). Read messages are invisible to every query.
 */
public interface GiftRepository {

    /**
     * @param userId         receiver
     * @param itemId         item
     * @param senderId       sender's user id
     * @param senderNickname sender's nickname
     * @return the stored gift
     */
    GiftItem giveItem(int userId, int itemId, int senderId, String senderNickname);

    /**
     * @param userId         receiver
     * @param musicId        music
     * @param senderId       sender's user id
     * @param senderNickname sender's nickname
     * @return the stored gift
     */
    GiftMusic giveMusic(int userId, int musicId, int senderId, String senderNickname);

    /**
     * @param userId receiver
     * @return pending item gifts, by id
     */
    List<GiftItem> itemGifts(int userId);

    /**
     * @param userId receiver
     * @return pending music gifts, by id
     */
    List<GiftMusic> musicGifts(int userId);

    /**
     * Removes a claimed item gift.
     *
     * @param userId receiver (a gift of another user is not touched)
     * @param giftId gift id
     * @return the removed gift
     */
    Optional<GiftItem> takeItemGift(int userId, int giftId);

    /**
     * Removes a claimed music gift.
     *
     * @param userId receiver (a gift of another user is not touched)
     * @param giftId gift id
     * @return the removed gift
     */
    Optional<GiftMusic> takeMusicGift(int userId, int giftId);

    /**
     * Stores a message (unread, write date now).
     *
     * @param message the message; its id and write date are ignored
     * @return the stored message
     */
    GiftMessage sendMessage(GiftMessage message);

    /**
     * @param userId receiver
     * @return unread messages, by id
     */
    List<GiftMessage> unreadMessages(int userId);

    /**
     * Marks an unread message read (read date now).
     *
     * @param userId    receiver
     * @param messageId message id
     * @return whether an unread message of that user was marked
     */
    boolean markRead(int userId, int messageId);
}
