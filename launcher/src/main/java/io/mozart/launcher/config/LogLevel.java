package io.mozart.launcher.config;

/**
 * {@code Logging:Level}, Mozart's own key (the reference has no such option): the least severe log level the
 * launcher prints. Names are matched case-insensitively.
 */
public enum LogLevel {
    /** Everything, including per-packet tracing. */
    TRACE("Trace"),
    /** Diagnostic detail. */
    DEBUG("Debug"),
    /** Start-up, shutdown and notable events (the default). */
    INFO("Info"),
    /** Only problems. */
    WARN("Warn"),
    /** Only failures. */
    ERROR("Error"),
    /** Nothing. */
    OFF("Off");

    private final String configName;

    LogLevel(String configName) {
        this.configName = configName;
    }

    /** @return the name as written in config.ini */
    public String configName() {
        return configName;
    }
}
