package io.mozart.launcher.config;

/** {@code Logging:Format}, Mozart's own key: how the launcher writes log lines (console and file alike). */
public enum LogFormat {
    /** One readable line per event: time, level, logger, message. */
    TEXT("Text"),
    /** One JSON object per line (Logback's {@code JsonEncoder}), for log collectors. */
    JSON("Json");

    private final String configName;

    LogFormat(String configName) {
        this.configName = configName;
    }

    /** @return the name as written in config.ini */
    public String configName() {
        return configName;
    }
}
