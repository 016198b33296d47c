package io.mozart.encore.session;

/**
 * The phase a session starts in unless {@code EncoreOptions.initialPhase} says otherwise. A game uses its
 * own phase enum after that; phases are compared with {@link Object#equals}.
 */
public enum DefaultPhase {
    /** The connection is open and nothing has happened on it yet. */
    CONNECTED
}
