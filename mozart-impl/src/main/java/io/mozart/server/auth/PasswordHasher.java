package io.mozart.server.auth;

import io.mozart.api.AuthMode;

/**
 * Turns a password into the bytes stored in {@code member.passwd} and checks a password against them.
 */
public interface PasswordHasher {

    /**
     * @param password the password as typed
     * @return the bytes to store
     */
    byte[] hash(String password);

    /**
     * @param password a password attempt
     * @param stored   the stored bytes
     * @return whether they match
     */
    boolean verify(String password, byte[] stored);

    /** The outcome of {@link #check}. */
    enum Match {
        /** The password does not match. */
        NO,
        /** The password matches. */
        YES,
        /** The password matches a hash of an older cost: store {@link #hash(String)} of it. */
        REHASH
    }

    /**
     * @param password a password attempt
     * @param stored   the stored bytes
     * @return whether they match, and whether the stored value should be replaced
     */
    default Match check(String password, byte[] stored) {
        return verify(password, stored) ? Match.YES : Match.NO;
    }

    /**
     * @return a stored value no password matches, to check against when the user is unknown so that the
     *         answer takes as long as for a wrong password
     */
    default byte[] dummy() {
        return new byte[0];
    }

    /**
     * @param mode       the auth mode
     * @param iterations PBKDF2 iterations of new hashes (Default mode)
     * @return PBKDF2 in Default mode, plaintext in Foreign mode
     */
    static PasswordHasher forMode(AuthMode mode, int iterations) {
        return mode == AuthMode.FOREIGN ? new PlaintextPasswordHasher() : new Pbkdf2PasswordHasher(iterations);
    }
}
