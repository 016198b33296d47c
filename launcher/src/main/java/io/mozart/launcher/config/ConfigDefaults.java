package io.mozart.launcher.config;

/**
 * Mozart's built-in defaults, the lowest configuration layer. They make a zero-configuration start work: one
 * Full-mode server on 127.0.0.1:15010 with channel 0, a SQLite file {@code O2JAM.db} in the working directory,
 * no HTTP API. Where the reference's in-memory defaults are unusable or contradict its own documentation we
 * follow its shipped config.ini or its option classes instead; docs/configuration.md lists each choice.
 */
public final class ConfigDefaults {

    /** Origin recorded for every default. */
    public static final String ORIGIN = "built-in default";

    private static final RawConfig DEFAULTS = RawConfig.of(ORIGIN,
            "Server:Mode", "Full",
            "Server:Address", "127.0.0.1",
            "Server:Port", "15010",
            "Server:MaxConnections", "1000",
            "Server:PacketBufferSize", "4096",
            "Server:ConnectionLimit", "1000",
            "Server:ConnectionsPerAddress", "20",
            "Server:HandshakeTimeout", "30",
            "Server:IdleTimeout", "600",
            "Server:WriteTimeout", "60",
            "Server:SendQueueLimit", "4096",
            "Server:TotalSendQueueLimit", "0",
            "Http:Enabled", "false",
            "Http:Address", "127.0.0.1",
            "Http:Port", "15000",
            "Db:Driver", "Sqlite",
            "Db:Name", "O2JAM",
            "Db:Url", "Data Source=O2JAM.db",
            "Metadata:MusicList", "OJNList.dat",
            "Metadata:AlbumList", "AlbumList.ojs",
            "Metadata:ItemData", "Itemdata.dat",
            "Game:AllowSoloInVersus", "true",
            "Game:SingleModeRewardLevelLimit", "10",
            "Game:MusicLoadTimeout", "60",
            "Game:FreeMusic", "true",
            "Auth:Mode", "Default",
            "Auth:SessionExpiry", "5",
            "Auth:RevokeOnStartup", "true",
            "Gateway:Id", "0",
            "Gateway:Address", "127.0.0.1",
            "Gateway:Port", "15047",
            "Gateway:Timeout", "30",
            "Gateway:HeartbeatInterval", "5",
            "Gateway:HeartbeatTimeout", "15",
            "Gateway:ReconnectDelay", "30",
            "Gateway:Channels:0:Id", "0",
            "Logging:Level", "Info",
            "Logging:File", "logs/mozart.log",
            "Logging:MaxFileSize", "10MB",
            "Logging:MaxFiles", "10",
            "Logging:Format", "Text",
            "Metrics:Enabled", "true",
            "Metrics:Jmx", "true",
            // Mozart's hardening keys (issue 15)
            "Auth:HashIterations", "600000",
            "Auth:MinPasswordLength", "6",
            "Game:ChatPerMinute", "60",
            "Game:ChatBurst", "10",
            "Http:Threads", "16",
            "Http:BodyTimeout", "10",
            "Http:IpPerMinute", "30",
            "Http:IpBurst", "10",
            "Http:AccountPerMinute", "5",
            "Http:AccountBurst", "5",
            "Db:Synchronous", "Full");

    private ConfigDefaults() {
    }

    /** @return the built-in layer */
    public static RawConfig builtIn() {
        return DEFAULTS;
    }
}
