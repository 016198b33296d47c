package io.mozart.launcher.config;

import java.util.Objects;

/**
 * Something in the configuration that is ignored but does not stop the program (an unknown key, a
 * connection-string option Mozart does not use). The launcher logs each one.
 *
 * @param key     the key concerned, as written by the operator
 * @param message a full sentence naming the key and where it came from
 */
public record ConfigWarning(String key, String message) {

    /** Validates the fields. */
    public ConfigWarning {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
