package io.mozart.launcher.config;

/** {@code Db:Synchronous}: SQLite's {@code synchronous} pragma for the database file. */
public enum SqliteSynchronous {
    /** Every commit reaches the disk before it returns: a power loss loses nothing committed (default). */
    FULL,
    /** WAL mode's lighter setting: a power loss can drop the last commits, never corrupts. */
    NORMAL;

    /** @return the spelling in configuration files and in the pragma */
    public String configName() {
        return this == FULL ? "Full" : "Normal";
    }
}
