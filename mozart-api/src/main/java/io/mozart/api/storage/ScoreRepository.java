package io.mozart.api.storage;

import java.util.List;
import java.util.Optional;

/**
 * Personal best scores ({@code t_o2jam_user_music_ranking}), keyed by (user, music, difficulty).
 */
public interface ScoreRepository {

    /**
     * @param userId a user id
     * @return the user's records ordered by music id, then difficulty
     */
    List<ScoreRecord> list(int userId);

    /**
     * @param userId     a user id
     * @param musicId    a music id
     * @param difficulty 0..3
     * @return the record
     */
    Optional<ScoreRecord> find(int userId, int musicId, int difficulty);

    /**
     * Inserts or replaces the record for (user, record.musicId, record.difficulty).
     *
     * @param userId a user id
     * @param record the record
     */
    void save(int userId, ScoreRecord record);
}
