package io.mozart.api.storage;

import java.util.Objects;

/**
 * A character ({@code t_o2jam_charinfo}), the "user" of the game.
 *
 * @param id            {@code USER_INDEX_ID}, the user id used everywhere else
 * @param username      {@code USER_ID}, trimmed
 * @param nickname      {@code USER_NICKNAME}, trimmed
 * @param gender        {@link Gender#MALE} or {@link Gender#FEMALE} (storage keeps one bit)
 * @param administrator {@code AdminLevel != 0}
 * @param progress      level, experience and battle record
 */
public record UserProfile(
        int id, String username, String nickname, Gender gender, boolean administrator, Progress progress) {

    /** Validates. */
    public UserProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(progress, "progress");
    }
}
