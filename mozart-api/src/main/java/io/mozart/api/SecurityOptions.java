package io.mozart.api;

/**
 * Account and abuse limits of a game server (issue 15): password hashing cost, the shortest password
 * accepted at registration, and the per-session chat rate.
 *
 * @param passwordHashIterations PBKDF2-HMAC-SHA256 iterations for new password hashes (at least 1; default
 *                               {@value #DEFAULT_HASH_ITERATIONS}, the OWASP recommendation). Hashes made with
 *                               the spec's {@value #LEGACY_HASH_ITERATIONS} iterations still verify and are
 *                               rehashed at this count on the next successful login. Tests use a low count.
 * @param minPasswordLength      shortest password accepted at registration, in characters (at least 1)
 * @param chatPerMinute          chat, whisper and announcement messages one session may send per minute on
 *                               average; 0 = unlimited
 * @param chatBurst              how many of them may come at once (at least 1)
 */
public record SecurityOptions(int passwordHashIterations, int minPasswordLength, int chatPerMinute, int chatBurst) {

    /** Default PBKDF2 iteration count for new hashes (OWASP 2023 for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_HASH_ITERATIONS = 600_000;
    /** The spec's iteration count (06 §2.1): hashes of this count keep verifying. */
    public static final int LEGACY_HASH_ITERATIONS = 10_000;
    /** Default shortest password. */
    public static final int DEFAULT_MIN_PASSWORD_LENGTH = 6;
    /** Default sustained chat rate per session: one message a second, more than a person types. */
    public static final int DEFAULT_CHAT_PER_MINUTE = 60;
    /** Default chat burst per session. */
    public static final int DEFAULT_CHAT_BURST = 10;

    /** Validates the fields. */
    public SecurityOptions {
        if (passwordHashIterations < 1) {
            throw new IllegalArgumentException("passwordHashIterations must be at least 1: " + passwordHashIterations);
        }
        if (minPasswordLength < 1) {
            throw new IllegalArgumentException("minPasswordLength must be at least 1: " + minPasswordLength);
        }
        if (chatPerMinute < 0) {
            throw new IllegalArgumentException("chatPerMinute must not be negative: " + chatPerMinute);
        }
        if (chatBurst < 1) {
            throw new IllegalArgumentException("chatBurst must be at least 1: " + chatBurst);
        }
    }

    /** @return the defaults: 600,000 iterations, 6 characters, 60 chat messages a minute with bursts of 10 */
    public static SecurityOptions defaults() {
        return new SecurityOptions(
                DEFAULT_HASH_ITERATIONS, DEFAULT_MIN_PASSWORD_LENGTH, DEFAULT_CHAT_PER_MINUTE, DEFAULT_CHAT_BURST);
    }

    /**
     * @param iterations new-hash iteration count
     * @return these options with another iteration count
     */
    public SecurityOptions withPasswordHashIterations(int iterations) {
        return new SecurityOptions(iterations, minPasswordLength, chatPerMinute, chatBurst);
    }
}
