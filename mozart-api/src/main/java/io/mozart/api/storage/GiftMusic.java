package io.mozart.api.storage;

import java.time.Instant;

/**
 * A pending music gift ({@code t_o2jam_gift_music}).
 *
 * @param id             {@code Seq}, the gift id the client claims with
 * @param userId         receiver
 * @param musicId        the music
 * @param senderId       sender's user id
 * @param senderNickname sender's nickname
 * @param sentAt         {@code SendDate}
 */
public record GiftMusic(int id, int userId, int musicId, int senderId, String senderNickname, Instant sentAt) {}
