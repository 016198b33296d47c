package io.mozart.launcher.config;

/** {@code Server:Mode}: how this process takes part in the deployment (spec 06 §7.1). */
public enum ServerMode {
    /** Listens for clients and holds every configured channel itself (the default). */
    FULL("Full"),
    /** Listens for clients and for channel servers; holds no channel itself. */
    GATEWAY("Gateway"),
    /** Connects out to a gateway and holds exactly one channel. */
    CHANNEL("Channel");

    private final String configName;

    ServerMode(String configName) {
        this.configName = configName;
    }

    /** @return the name as written in config.ini */
    public String configName() {
        return configName;
    }
}
