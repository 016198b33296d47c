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

    /**
     * @param mode the auth mode
     * @return PBKDF2 in Default mode, plaintext in Foreign mode
     */
    static PasswordHasher forMode(final AuthMode mode) {
        return mode == AuthMode.FOREIGN ? new PlaintextPasswordHasher() : new Pbkdf2PasswordHasher();
    }
}
