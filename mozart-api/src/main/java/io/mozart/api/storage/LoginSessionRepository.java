package io.mozart.api.storage;

import java.util.Optional;

/**
 * Login sessions ({@code t_o2jam_login}), spec 06 §1.10 and §2.
 */
public interface LoginSessionRepository {

    /**
     * @param token exact token
     * @return the session
     */
    Optional<LoginSession> findByToken(String token);

    /**
     * @param username exact username
     * @return the session
     */
    Optional<LoginSession> findByUsername(String username);

    /**
     * @param userId a user id
     * @return the session
     */
    Optional<LoginSession> findByUserId(int userId);

    /**
     * Inserts a session.
     *
     * @param session the row
     * @throws StorageException when the user already has one
     */
    void create(LoginSession session);

    /**
     * Records channel entry.
     *
     * @param token     exact token
     * @param serverId  new {@code MAIN_CH}
     * @param channelId new {@code SUB_CH}
     * @return whether a session was updated
     */
    boolean updateChannel(String token, int serverId, int channelId);

    /**
     * @param token exact token
     * @return whether a session was deleted
     */
    boolean revoke(String token);

    /**
     * Deletes every session.
     *
     * @return how many were deleted
     */
    int clear();

    /**
     * Deletes the sessions of one channel.
     *
     * @param serverId  {@code MAIN_CH}
     * @param channelId {@code SUB_CH}
     * @return how many were deleted
     */
    int clear(int serverId, int channelId);
}
