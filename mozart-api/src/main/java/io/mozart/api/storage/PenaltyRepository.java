package io.mozart.api.storage;

import java.util.Optional;

/**
 * Penalties ({@code t_o2jam_penalty}), one row per character.
 */
public interface PenaltyRepository {

    /**
     * Inserts the penalty row of a new character (level 0, count 0).
     *
     * @param userId the character
     */
    void create(int userId);

    /**
     * @param userId a user id
     * @return the penalty row
     */
    Optional<Penalty> find(int userId);

    /**
     * Adds one penalised exit and recomputes the level (spec 04 §7); inserts the row if missing.
     *
     * @param userId a user id
     * @return the new penalty
     */
    Penalty increment(int userId);

    /**
     * Sets level and count (PenaltyReset uses {@link Penalty#NONE}); inserts the row if missing.
     *
     * @param userId  a user id
     * @param penalty new values
     */
    void set(int userId, Penalty penalty);
}
