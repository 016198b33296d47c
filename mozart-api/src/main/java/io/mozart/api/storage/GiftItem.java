package io.mozart.api.storage;

import java.time.Instant;

/**
 * A pending item gift ({@code t_o2jam_gift_item}).
 *
 * @param id             {@code Seq}, the gift id the client claims with
 * @param userId         receiver
 * @param itemId         the item
 * @param senderId       sender's user id
 * @param senderNickname sender's nickname
 * @param sentAt         {@code SendDate}
 */
public record GiftItem(int id, int userId, int itemId, int senderId, String senderNickname, Instant sentAt) {}
