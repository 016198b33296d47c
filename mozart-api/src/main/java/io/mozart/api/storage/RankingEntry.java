package io.mozart.api.storage;

import java.time.Instant;

/**
 * A row of the extended ranking snapshot ({@code t_o2jam_user_ranking}).
 *
 * @param userId        {@code User_Index_ID}
 * @param username      {@code User_ID} (empty in the row created at registration)
 * @param nickname      {@code User_NickName} (empty in the row created at registration)
 * @param male          {@code Sex}
 * @param progress      level, experience, battle, win, draw, lose as snapshotted
 * @param ranking       displayed rank, 0 = unranked
 * @param changeType    0 went down, 1 went up / new, 2 unchanged
 * @param changeRanking magnitude of the change
 * @param writtenAt     {@code WriteDate}: set on insert, never on update; ignored when writing
 */
public record RankingEntry(
        int userId,
        String username,
        String nickname,
        boolean male,
        Progress progress,
        int ranking,
        int changeType,
        int changeRanking,
        Instant writtenAt) {

    /**
     * @param userId a registered user
     * @return the placeholder row written at registration (empty names, everything 0)
     */
    public static RankingEntry placeholder(int userId) {
        return new RankingEntry(userId, "", "", false, new Progress(0, 0, 0, 0, 0, 0), 0, 0, 0, null);
    }
}
