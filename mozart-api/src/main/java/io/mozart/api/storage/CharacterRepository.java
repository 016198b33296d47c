package io.mozart.api.storage;

import java.util.List;
import java.util.Optional;

/**
 * Characters ({@code t_o2jam_charinfo}).
 */
public interface CharacterRepository {

    /**
     * Inserts a character with {@link Progress#NEW}; nickname = username.
     *
     * @param username      the username
     * @param gender        its gender (stored as one bit)
     * @param administrator admin flag
     * @return the stored character with its new id
     * @throws UsernameTakenException when username or nickname is taken under {@link Names}' rule
     */
    UserProfile create(String username, Gender gender, boolean administrator);

    /**
     * @param userId a user id
     * @return the character
     */
    Optional<UserProfile> find(int userId);

    /**
     * @param username username; surrounding whitespace is ignored, otherwise exact
     * @return the character
     */
    Optional<UserProfile> findByUsername(String username);

    /**
     * @param nickname nickname, compared under {@link Names}' rule (no wildcards)
     * @return the character
     */
    Optional<UserProfile> findByNickname(String nickname);

    /**
     * @param nickname a candidate nickname
     * @return whether a character already has it under {@link Names}' rule
     */
    boolean isNicknameTaken(String nickname);

    /**
     * @param userId   a user id
     * @param nickname new nickname (trimmed before storing)
     * @return whether a character was updated
     * @throws NicknameTakenException when another character has it
     */
    boolean changeNickname(int userId, String nickname);

    /**
     * Writes level, experience and battle record (game results, spec 04 §9).
     *
     * @param userId   a user id
     * @param progress the new numbers
     * @return whether a character was updated
     */
    boolean updateProgress(int userId, Progress progress);

    /**
     * @param limit maximum number of characters
     * @return characters ordered by level descending, then experience descending, then id
     */
    List<UserProfile> topByLevel(int limit);
}
