package io.mozart.api.storage;

import java.util.List;

/**
 * Acquired (owned) music ({@code t_o2jam_musiclist}). Mozart keys it by (user, music), so a user
 * may own any number of songs (the reference allowed only one).
 */
public interface MusicOwnershipRepository {

    /**
     * @param userId a user id
     * @return owned music ids, ascending
     */
    List<Integer> list(int userId);

    /**
     * @param userId  a user id
     * @param musicId a music id
     * @return whether the user owns it
     */
    boolean owns(int userId, int musicId);

    /**
     * @param userId  a user id
     * @param musicId a music id
     * @return true if added, false if already owned
     */
    boolean add(int userId, int musicId);

    /**
     * @param userId  a user id
     * @param musicId a music id
     * @return whether it was owned
     */
    boolean remove(int userId, int musicId);
}
