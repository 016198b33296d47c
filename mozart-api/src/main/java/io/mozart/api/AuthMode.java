package io.mozart.api;

import java.util.Locale;

/** How passwords are stored and tokens accepted (config {@code Auth:Mode}, spec 06 §1.8, §2). */
public enum AuthMode {
    /** PBKDF2-hashed passwords; the client logs in with a 32-hex-digit token. */
    DEFAULT,
    /** Plaintext passwords of a "9you"/"GAMANIA" database; tokens may also be {@code user:password}. */
    FOREIGN;

    /**
     * Parses a configuration value: {@code Default} or {@code Foreign}; {@code 9you} and {@code GAMANIA}
     * mean Foreign. Case-insensitive, surrounding blanks ignored.
     *
     * @param text the value
     * @return the mode
     * @throws IllegalArgumentException for any other value
     */
    public static AuthMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "default" -> DEFAULT;
            case "foreign", "9you", "gamania" -> FOREIGN;
            default -> throw new IllegalArgumentException("unknown Auth:Mode '" + text + "'");
        };
    }
}
