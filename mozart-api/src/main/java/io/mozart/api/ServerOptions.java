package io.mozart.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Game-server options, the embedder's view of the configuration keys of spec 06 §4.3 that the game
 * itself reads. Immutable; build with {@link #builder()}. The defaults need no configuration at all:
 * 127.0.0.1:15010, one channel with id 0, free music, a 60-second music-load timeout.
 *
 * @param address                    listen address (literal IP or host name)
 * @param port                       listen port, 0 for an ephemeral port
 * @param gatewayId                  this planet's server id ({@code Gateway:Id})
 * @param channels                   the channels, in configuration order (ids unique)
 * @param freeMusic                  treat all purchasable music as unlocked ({@code Game:FreeMusic})
 * @param musicLoadTimeout           how long a game waits for every player to load; zero disables
 * @param allowSoloInVersus          whether a versus room may start with a single player
 * @param singleModeRewardLevelLimit highest level that still earns rewards from a solo game; 0 = no limit
 * @param authMode                   password and token rules
 * @param sessionExpiry              how long a disconnected player's login row survives; zero = forever
 * @param revokeOnStartup            delete every login row when the server starts
 * @param gameThreads                size of the game executor
 * @param storageThreads             size of the storage pool: requests that read or write storage run there, in
 *                                   each connection's order, so they never hold a game thread
 * @param maxConnections             simultaneous connections; 0 = unlimited
 * @param backlog                    TCP listen backlog: connections the OS queues before they are accepted
 *                                   ({@code Server:MaxConnections} of the reference's config.ini)
 * @param giftDateFormat             {@link java.time.format.DateTimeFormatter} pattern of the write date in
 *                                   GiftMessageList 0x139A, formatted in UTC (spec 02 §5.9 leaves the format to
 *                                   the host culture); default {@value #DEFAULT_GIFT_DATE_FORMAT}
 * @param limits                     per-client limits of the game port ({@link ConnectionLimits#DEFAULTS})
 * @param security                   password hashing cost, shortest password, chat rate (issue 15)
 */
public record ServerOptions(
        String address,
        int port,
        int gatewayId,
        List<ChannelOptions> channels,
        boolean freeMusic,
        Duration musicLoadTimeout,
        boolean allowSoloInVersus,
        int singleModeRewardLevelLimit,
        AuthMode authMode,
        Duration sessionExpiry,
        boolean revokeOnStartup,
        int gameThreads,
        int storageThreads,
        int maxConnections,
        int backlog,
        String giftDateFormat,
        ConnectionLimits limits,
        SecurityOptions security) {

    /** Default listen address. */
    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    /** Default size of the storage pool. */
    public static final int DEFAULT_STORAGE_THREADS = 16;
    /** Default listen port. */
    public static final int DEFAULT_PORT = 15010;
    /** Default TCP listen backlog. */
    public static final int DEFAULT_BACKLOG = 128;
    /** Default gift-message date format: the en-US short date the original client most likely shows. */
    public static final String DEFAULT_GIFT_DATE_FORMAT = "M/d/yyyy";

    /**
     * Validates the options.
     *
     * @param address                    listen address
     * @param port                       listen port
     * @param gatewayId                  server id
     * @param channels                   channels
     * @param freeMusic                  free music
     * @param musicLoadTimeout           music-load timeout
     * @param allowSoloInVersus          solo versus games
     * @param singleModeRewardLevelLimit solo reward level limit
     * @param authMode                   auth mode
     * @param sessionExpiry              login-row expiry
     * @param revokeOnStartup            clear login rows at start
     * @param gameThreads                game executor size
     * @param maxConnections             connection limit
     * @param backlog                    listen backlog
     * @param giftDateFormat             gift-message date pattern
     * @param limits                     per-client limits
     * @param security                   account and abuse limits
     */
    public ServerOptions {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        if (gatewayId < 0 || gatewayId > 0xFFFF) {
            throw new IllegalArgumentException("gateway id out of range 0..65535: " + gatewayId);
        }
        channels = List.copyOf(channels);
        if (channels.stream().map(ChannelOptions::id).distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channel ids must be unique: " + channels);
        }
        Objects.requireNonNull(musicLoadTimeout, "musicLoadTimeout");
        Objects.requireNonNull(authMode, "authMode");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        if (musicLoadTimeout.isNegative()) {
            musicLoadTimeout = Duration.ZERO;
        }
        if (sessionExpiry.isNegative()) {
            sessionExpiry = Duration.ZERO;
        }
        if (singleModeRewardLevelLimit < 0) {
            throw new IllegalArgumentException("singleModeRewardLevelLimit must not be negative");
        }
        if (gameThreads < 1) {
            throw new IllegalArgumentException("gameThreads must be at least 1: " + gameThreads);
        }
        if (storageThreads < 1) {
            throw new IllegalArgumentException("storageThreads must be at least 1: " + storageThreads);
        }
        if (maxConnections < 0) {
            throw new IllegalArgumentException("maxConnections must not be negative: " + maxConnections);
        }
        if (backlog < 1) {
            throw new IllegalArgumentException("backlog must be at least 1: " + backlog);
        }
        Objects.requireNonNull(giftDateFormat, "giftDateFormat");
        Objects.requireNonNull(limits, "limits");
        try {
            var unused = DateTimeFormatter.ofPattern(giftDateFormat)
                    .withZone(ZoneOffset.UTC)
                    .format(Instant.EPOCH);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("giftDateFormat is not a usable date pattern: " + giftDateFormat, e);
        }
        Objects.requireNonNull(security, "security");
    }

    /** @return the zero-configuration defaults */
    public static ServerOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.address = address;
        b.port = port;
        b.gatewayId = gatewayId;
        b.channels = channels;
        b.freeMusic = freeMusic;
        b.musicLoadTimeout = musicLoadTimeout;
        b.allowSoloInVersus = allowSoloInVersus;
        b.singleModeRewardLevelLimit = singleModeRewardLevelLimit;
        b.authMode = authMode;
        b.sessionExpiry = sessionExpiry;
        b.revokeOnStartup = revokeOnStartup;
        b.gameThreads = gameThreads;
        b.storageThreads = storageThreads;
        b.maxConnections = maxConnections;
        b.backlog = backlog;
        b.giftDateFormat = giftDateFormat;
        b.limits = limits;
        b.security = security;
        return b;
    }

    /** Builder for {@link ServerOptions}; every setter returns the builder. */
    public static final class Builder {
        private String address = DEFAULT_ADDRESS;
        private int port = DEFAULT_PORT;
        private int gatewayId;
        private List<ChannelOptions> channels = List.of(ChannelOptions.of(0));
        private boolean freeMusic = true;
        private Duration musicLoadTimeout = Duration.ofSeconds(60);
        private boolean allowSoloInVersus = true;
        private int singleModeRewardLevelLimit = 10;
        private AuthMode authMode = AuthMode.DEFAULT;
        private Duration sessionExpiry = Duration.ofMinutes(5);
        private boolean revokeOnStartup;
        private int gameThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int storageThreads = DEFAULT_STORAGE_THREADS;
        private int maxConnections;
        private int backlog = DEFAULT_BACKLOG;
        private String giftDateFormat = DEFAULT_GIFT_DATE_FORMAT;
        private ConnectionLimits limits = ConnectionLimits.DEFAULTS;
        private SecurityOptions security = SecurityOptions.defaults();

        private Builder() {}

        /** @param value listen address @return this builder */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /** @param value listen port, 0 for ephemeral @return this builder */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** @param value server id @return this builder */
        public Builder gatewayId(int value) {
            this.gatewayId = value;
            return this;
        }

        /** @param value the channels @return this builder */
        public Builder channels(List<ChannelOptions> value) {
            this.channels = value;
            return this;
        }

        /** @param value the channels @return this builder */
        public Builder channels(ChannelOptions... value) {
            this.channels = List.of(value);
            return this;
        }

        /** @param value free music @return this builder */
        public Builder freeMusic(boolean value) {
            this.freeMusic = value;
            return this;
        }

        /** @param value music-load timeout, zero disables @return this builder */
        public Builder musicLoadTimeout(Duration value) {
            this.musicLoadTimeout = value;
            return this;
        }

        /** @param value allow solo versus games @return this builder */
        public Builder allowSoloInVersus(boolean value) {
            this.allowSoloInVersus = value;
            return this;
        }

        /** @param value highest level rewarded in solo games, 0 = no limit @return this builder */
        public Builder singleModeRewardLevelLimit(int value) {
            this.singleModeRewardLevelLimit = value;
            return this;
        }

        /** @param value auth mode @return this builder */
        public Builder authMode(AuthMode value) {
            this.authMode = value;
            return this;
        }

        /** @param value login-row expiry after disconnect, zero = keep @return this builder */
        public Builder sessionExpiry(Duration value) {
            this.sessionExpiry = value;
            return this;
        }

        /** @param value clear login rows at start @return this builder */
        public Builder revokeOnStartup(boolean value) {
            this.revokeOnStartup = value;
            return this;
        }

        /** @param value game executor size @return this builder */
        public Builder gameThreads(int value) {
            this.gameThreads = value;
            return this;
        }

        /** @param value storage pool size (at least 1) @return this builder */
        public Builder storageThreads(int value) {
            this.storageThreads = value;
            return this;
        }

        /** @param value connection limit, 0 = unlimited @return this builder */
        public Builder maxConnections(int value) {
            this.maxConnections = value;
            return this;
        }

        /** @param value TCP listen backlog, at least 1 @return this builder */
        public Builder backlog(int value) {
            this.backlog = value;
            return this;
        }

        /**
         * @param value {@link java.time.format.DateTimeFormatter} pattern of gift-message dates (UTC)
         * @return this builder
         */
        public Builder giftDateFormat(String value) {
            this.giftDateFormat = value;
            return this;
        }

        /** @param value per-client limits of the game port @return this builder */
        public Builder limits(ConnectionLimits value) {
            this.limits = value;
            return this;
        }

        /** @param value account and abuse limits @return this builder */
        public Builder security(SecurityOptions value) {
            this.security = value;
            return this;
        }

        /** @return the options */
        public ServerOptions build() {
            return new ServerOptions(
                    address,
                    port,
                    gatewayId,
                    channels,
                    freeMusic,
                    musicLoadTimeout,
                    allowSoloInVersus,
                    singleModeRewardLevelLimit,
                    authMode,
                    sessionExpiry,
                    revokeOnStartup,
                    gameThreads,
                    storageThreads,
                    maxConnections,
                    backlog,
                    giftDateFormat,
                    limits,
                    security);
        }
    }
}
