package io.mozart.launcher.config;

/** {@code Auth:Mode}: how passwords are stored in the {@code member} table (spec 06 §1.8, §2.1). */
public enum AuthMode {
    /** PBKDF2-hashed passwords (the default). */
    DEFAULT("Default"),
    /** Plain-text passwords of the "9you"/"GAMANIA" database layout; {@code 9you} and {@code GAMANIA} mean this. */
    FOREIGN("Foreign");

    private final String configName;

    AuthMode(final String configName) {
        this.configName = configName;
    }

    /** @return the name as written in config.ini */
    public String configName() {
        return configName;
    }
}
