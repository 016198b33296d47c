package io.mozart.api.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * Accounts ({@code member}): credentials and passes, keyed by username.
 */
public interface MemberRepository {

    /**
     * @param username exact (case-sensitive) username
     * @return the account
     */
    Optional<Member> findByUsername(String username);

    /**
     * @param username a candidate username
     * @return whether an account exists with the same name under {@link Names}' rule
     */
    boolean isTaken(String username);

    /**
     * Inserts an account with {@code vip} 0, {@code vipdate} "none" and the default registration date.
     *
     * @param username the username (stored as given)
     * @param password the stored password bytes (hash blob or plaintext)
     * @return the stored account
     * @throws UsernameTakenException when the name is taken under {@link Names}' rule
     */
    Member create(String username, byte[] password);

    /**
     * @param username exact username
     * @param password new stored password bytes
     * @return whether an account was updated
     */
    boolean changePassword(String username, byte[] password);

    /**
     * Replaces {@code vip} and {@code vipdate}.
     *
     * @param username exact username
     * @param passes   new passes
     * @return whether an account was updated
     */
    boolean setPasses(String username, Passes passes);

    /**
     * Sets the free pass, keeping the starter flag (spec 05 §9.8).
     *
     * @param username exact username
     * @param type     free-pass type bits
     * @param expiry   new shared expiry
     * @return the new passes, empty if there is no such account
     */
    Optional<Passes> setFreePass(String username, int type, Instant expiry);
}
