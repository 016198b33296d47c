package io.mozart.launcher.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The whole typed, validated launcher configuration. Obtain it with {@link ConfigLoader#load}; build it
 * directly only in tests.
 *
 * @param server   {@code [Server]}
 * @param http     {@code [Http]}
 * @param database {@code [Db]}
 * @param metadata {@code [Metadata]}
 * @param game     {@code [Game]}
 * @param auth     {@code [Auth]}
 * @param gateway  {@code [Gateway]} and {@code Gateway:Channels:N}
 * @param logLevel {@code Logging:Level} (Mozart's own key)
 * @param logging  {@code [Logging]} (Mozart's own section; its level equals {@code logLevel})
 * @param metrics  {@code [Metrics]} (Mozart's own section)
 * @param security Mozart's hardening keys (issue 15) in {@code [Auth]}, {@code [Game]}, {@code [Http]}, {@code [Db]}
 */
public record MozartConfig(
        ServerConfig server,
        HttpConfig http,
        DatabaseConfig database,
        MetadataConfig metadata,
        GameConfig game,
        AuthConfig auth,
        GatewayConfig gateway,
        LogLevel logLevel,
        LoggingConfig logging,
        MetricsConfig metrics,
        SecurityConfig security) {

    /** Validates the fields. */
    public MozartConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(security, "security");
        if (server.mode() == ServerMode.CHANNEL && gateway.channels().size() != 1) {
            throw new IllegalArgumentException("Channel mode needs exactly one channel");
        }
    }

    /**
     * @param lan whether the game server (and the HTTP API) listen on every interface ({@code 0.0.0.0}) or on
     *            {@code 127.0.0.1} only: the window's "Let other computers on my network join" switch
     * @return this configuration with {@code Server:Address} and {@code Http:Address} set accordingly
     */
    public MozartConfig withLan(boolean lan) {
        final String address = lan ? "0.0.0.0" : "127.0.0.1";
        return new MozartConfig(
                server.withAddress(address),
                http.withAddress(address),
                database,
                metadata,
                game,
                auth,
                gateway,
                logLevel,
                logging,
                metrics,
                security);
    }

    /**
     * A configuration with the default logging (console and {@code logs/mozart.log} in the working directory),
     * metrics and security keys.
     *
     * @param server   {@code [Server]}
     * @param http     {@code [Http]}
     * @param database {@code [Db]}
     * @param metadata {@code [Metadata]}
     * @param game     {@code [Game]}
     * @param auth     {@code [Auth]}
     * @param gateway  {@code [Gateway]}
     * @param logLevel {@code Logging:Level}
     */
    public MozartConfig(
            ServerConfig server,
            HttpConfig http,
            DatabaseConfig database,
            MetadataConfig metadata,
            GameConfig game,
            AuthConfig auth,
            GatewayConfig gateway,
            LogLevel logLevel) {
        this(
                server,
                http,
                database,
                metadata,
                game,
                auth,
                gateway,
                logLevel,
                LoggingConfig.defaults(logLevel, Path.of("").toAbsolutePath()),
                MetricsConfig.DEFAULTS,
                SecurityConfig.defaults());
    }

    /**
     * A configuration that logs at {@link LogLevel#INFO}.
     *
     * @param server   {@code [Server]}
     * @param http     {@code [Http]}
     * @param database {@code [Db]}
     * @param metadata {@code [Metadata]}
     * @param game     {@code [Game]}
     * @param auth     {@code [Auth]}
     * @param gateway  {@code [Gateway]}
     */
    public MozartConfig(
            ServerConfig server,
            HttpConfig http,
            DatabaseConfig database,
            MetadataConfig metadata,
            GameConfig game,
            AuthConfig auth,
            GatewayConfig gateway) {
        this(server, http, database, metadata, game, auth, gateway, LogLevel.INFO);
    }
}
