package io.mozart.launcher.config;

import java.util.Optional;

/**
 * The configuration cannot be used: a file is malformed, a value does not parse or is out of range, or the
 * channel list is inconsistent. The launcher prints the message and exits with code 2 before anything is
 * bound or written.
 */
public final class ConfigException extends RuntimeException {

    private final String key;

    /**
     * Creates the exception.
     *
     * @param key     the configuration key at fault ({@code Server:Port}, {@code Gateway:Channels:2:Id}), or
     *                {@code null} when the fault is not tied to one key (a malformed line, an unreadable file)
     * @param message what is wrong; should already name the key and where its value came from
     */
    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /**
     * Creates the exception with a cause (an unreadable file).
     *
     * @param key     the key at fault, or {@code null}
     * @param message what is wrong
     * @param cause   the underlying failure
     */
    public ConfigException(String key, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
    }

    /** @return the configuration key at fault, empty when the fault is not tied to one key */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}
