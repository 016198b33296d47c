package io.mozart.server.auth;

import java.util.Locale;

/** {@code Auth:Mode}: how passwords are stored and which tokens Authorize accepts. */
public enum AuthMode {
    /** PBKDF2 hashes; tokens only. */
    DEFAULT,
    /** Plaintext passwords ("9you"/"GAMANIA" databases); {@code user:password} tokens accepted. */
    FOREIGN;

    /**
     * @param text {@code Default}, {@code Foreign}, {@code 9you} or {@code GAMANIA}, any case
     * @return the mode
     */
    public static AuthMode parse(final String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "default", "0" -> DEFAULT;
            case "foreign", "9you", "gamania", "1" -> FOREIGN;
            default -> throw new IllegalArgumentException("unknown Auth:Mode '" + text + "'");
        };
    }
}
