package io.mozart.launcher;

import io.mozart.api.AuthMode;
import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Storage;
import io.mozart.launcher.config.ChannelConfig;
import io.mozart.launcher.config.ConfigException;
import io.mozart.launcher.config.GatewayConfig;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import io.mozart.launcher.http.HttpApi;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.cluster.ClusterSettings;
import io.mozart.server.metadata.MetadataPaths;
import io.mozart.server.metadata.MetadataResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the game server a {@link MozartConfig} describes, in its {@code Server:Mode} (spec 06 §7.1): storage,
 * per-channel metadata (none on a gateway), the server, then the HTTP API when {@code Http:Enabled}. Prints where
 * it listens and how to create an account.
 */
public final class ServerLauncher {

    private ServerLauncher() {}

    /**
     * Refuses what this launcher cannot start, before anything is bound or written.
     *
     * @param config      the configuration
     * @throws ConfigException naming the key; the launcher exits with code 2
     */
    public static void check(MozartConfig config) {
        StorageFactory.check(config.database());
    }

    /**
     * Starts everything and prints the banner.
     *
     * @param config      the configuration, {@linkplain #check checked}
     * @param out         where the banner goes
     * @param command     how the operator runs Mozart ({@code ./mozart}), for the hints in the banner
     * @return the running server
     * @throws StartFailure when the storage cannot be opened or migrated, the port is taken, or the HTTP API
     *                      fails, saying so in plain words; whatever was started is closed again
     */
    public static RunningServer start(MozartConfig config, PrintStream out, String command) {
        return start(config, out, command, null);
    }

    /**
     * Starts everything and prints the banner.
     *
     * @param config       the configuration, {@linkplain #check checked}
     * @param out          where the banner goes
     * @param command      how the operator runs Mozart ({@code ./mozart}), for the hints in the banner
     * @param settingsFile the {@code mozart.ini} the window remembers its choices in, or null for none
     * @return the running server
     * @throws StartFailure when the storage cannot be opened or migrated, the port is taken, or the HTTP API
     *                      fails, saying so in plain words; whatever was started is closed again
     */
    public static RunningServer start(MozartConfig config, PrintStream out, String command, Path settingsFile) {
        return start(config, out, command, settingsFile, Plugins.none());
    }

    /**
     * Starts everything with plugins and prints the banner, which lists them.
     *
     * @param config       the configuration, {@linkplain #check checked}
     * @param out          where the banner goes
     * @param command      how the operator runs Mozart, for the hints in the banner
     * @param settingsFile the {@code mozart.ini} the window remembers its choices in, or null for none
     * @param plugins      the plugins; they configure the server builder before each server starts
     * @return the running server
     * @throws RuntimeException as {@link #start(MozartConfig, PrintStream, String, Path)}, and a
     *                          {@link Plugins.PluginException} naming the jar of a plugin that fails to configure
     */
    public static RunningServer start(
            MozartConfig config, PrintStream out, String command, Path settingsFile, Plugins plugins) {
        check(config);
        final Storage storage;
        try {
            storage = StorageFactory.open(config.database(), config.security().synchronous());
            if (config.auth().mode() == AuthMode.DEFAULT) {
                storage.migrate();
            }
        } catch (RuntimeException e) {
            throw StartFailure.database(StorageFactory.describe(config.database()), e);
        }
        try {
            final MetadataResolver metadata = metadata(config);
            final List<Integer> channelIds = channelIds(config);
            metadata.loadAll(channelIds);
            final Listeners listeners =
                    listen(config, storage, metadata, config.auth().revokeOnStartup(), plugins);
            final RunningServer running = new RunningServer(
                    listeners, storage, metadata, config, out, Clock.systemUTC(), settingsFile, plugins);
            banner(config, running, metadata, channelIds, new BannerStream(out), command);
            return running;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * The game server and the HTTP API of one listen address; the window's LAN switch replaces them.
     *
     * @param server  the game server
     * @param http    the HTTP API, or null when {@code Http:Enabled} is false
     * @param metrics the server's metrics registries (Prometheus for {@code /metrics}, JMX), or null when
     *                {@code Metrics:Enabled} is false; closed with the server
     */
    record Listeners(MozartServerImpl server, HttpApi http, MetricsRegistry metrics) {}

    /**
     * Starts the game server and (when enabled) the HTTP API over an open storage.
     *
     * @param config   the configuration
     * @param storage  the storage, migrated; not closed here
     * @param metadata the catalogues
     * @param revoke   whether login sessions are revoked at start ({@code Auth:RevokeOnStartup}; not on a restart)
     * @return both
     * @throws StartFailure when a port cannot be bound
     */
    static Listeners listen(MozartConfig config, Storage storage, MetadataResolver metadata, boolean revoke) {
        return listen(config, storage, metadata, revoke, Plugins.none());
    }

    /**
     * {@link #listen(MozartConfig, Storage, MetadataResolver, boolean)} with plugins, which configure the server
     * builder first.
     *
     * @param config   the configuration
     * @param storage  the storage
     * @param metadata the catalogues
     * @param revoke   whether login sessions are revoked at start
     * @param plugins  the plugins
     * @return both
     */
    static Listeners listen(
            MozartConfig config, Storage storage, MetadataResolver metadata, boolean revoke, Plugins plugins) {
        final ServerOptions options =
                options(config).toBuilder().revokeOnStartup(revoke).build();
        final MozartServer.Builder builder =
                MozartServer.builder().options(options).storage(storage).metadata(metadata);
        plugins.configure(builder);
        final MozartServerImpl server;
        final MetricsRegistry metrics = config.metrics().enabled() ? new MetricsRegistry(config.metrics()) : null;
        try {
            if (metrics != null) {
                builder.metrics(metrics.sink());
            }
            server = new MozartServerImpl(builder.settings(), Clock.systemUTC(), new SecureRandom(), cluster(config));
        } catch (RuntimeException e) {
            if (metrics != null) {
                metrics.close();
            }
            if (StartFailure.portProblem(e)) {
                throw StartFailure.listen(
                        "Server:Port",
                        config.server().address(),
                        config.server().port(),
                        e);
            }
            throw e;
        }
        if (!config.http().enabled()) {
            return new Listeners(server, null, metrics);
        }
        try {
            return new Listeners(
                    server,
                    HttpApi.start(
                            config.http(),
                            server.auth(),
                            config.security().http(),
                            metrics == null ? null : metrics::scrape),
                    metrics);
        } catch (RuntimeException e) {
            server.close();
            if (metrics != null) {
                metrics.close();
            }
            throw StartFailure.listen(
                    "Http:Port", config.http().address(), config.http().port(), e);
        }
    }

    static List<Integer> channelIds(MozartConfig config) {
        return config.server().mode() == ServerMode.GATEWAY
                ? List.of()
                : config.gateway().channels().stream().map(ChannelConfig::id).toList();
    }

    /**
     * @param config the configuration
     * @return the link settings of Gateway or Channel mode, {@code null} in Full mode
     */
    public static ClusterSettings cluster(MozartConfig config) {
        final GatewayConfig g = config.gateway();
        return switch (config.server().mode()) {
            case FULL -> null;
            case GATEWAY ->
                ClusterSettings.gateway(g.address(), g.port(), g.timeout())
                        .withHeartbeat(g.heartbeatInterval(), g.heartbeatTimeout())
                        .withReconnectDelay(g.reconnectDelay());
            case CHANNEL ->
                ClusterSettings.channel(g.address(), g.port(), g.timeout())
                        .withHeartbeat(g.heartbeatInterval(), g.heartbeatTimeout())
                        .withReconnectDelay(g.reconnectDelay());
        };
    }

    /**
     * @param config the configuration
     * @return the game options it describes
     */
    public static ServerOptions options(MozartConfig config) {
        final List<ChannelOptions> channels = config.gateway().channels().stream()
                .map(c -> new ChannelOptions(
                        c.id(),
                        c.capacity(),
                        c.gem(),
                        c.exp(),
                        c.freeMusic().orElse(null),
                        c.musicList().orElse(null),
                        c.albumList().orElse(null),
                        c.itemData().orElse(null)))
                .toList();
        return ServerOptions.builder()
                .address(config.server().address())
                .port(config.server().port())
                .gatewayId(config.gateway().id())
                .channels(channels)
                .freeMusic(config.game().freeMusic())
                .musicLoadTimeout(config.game().musicLoadTimeout())
                .allowSoloInVersus(config.game().allowSoloInVersus())
                .singleModeRewardLevelLimit(Math.max(0, config.game().singleModeRewardLevelLimit()))
                .authMode(config.auth().mode())
                .sessionExpiry(config.auth().sessionExpiry())
                .revokeOnStartup(config.auth().revokeOnStartup())
                .backlog(config.server().maxConnections())
                .maxConnections(config.server().connectionLimit())
                .limits(config.server().limits())
                .security(config.security().options())
                .build();
    }

    /**
     * @param config the configuration
     * @return the per-channel metadata (spec 06 §3.6): a channel's own file when set, else the global one
     */
    public static MetadataResolver metadata(MozartConfig config) {
        final MetadataPaths global = new MetadataPaths(
                Optional.of(config.metadata().musicList()),
                Optional.of(config.metadata().albumList()),
                Optional.of(config.metadata().itemData()));
        final Map<Integer, MetadataPaths> channels = new LinkedHashMap<>();
        for (final ChannelConfig c : config.gateway().channels()) {
            channels.put(c.id(), new MetadataPaths(c.musicList(), c.albumList(), c.itemData()));
        }
        return new MetadataResolver(global, channels);
    }

    private static void banner(
            MozartConfig config,
            RunningServer running,
            MetadataResolver metadata,
            List<Integer> channelIds,
            PrintStream out,
            String command) {
        final MozartServerImpl server = running.server();
        switch (config.server().mode()) {
            case GATEWAY ->
                out.println(MozartVersion.NAME + " " + MozartVersion.version()
                        + " gateway is listening on " + running.endpoint() + " for clients and on "
                        + config.gateway().address() + ":" + server.gateway().linkPort() + " for channel servers");
            case CHANNEL ->
                out.println(MozartVersion.NAME + " " + MozartVersion.version() + " channel "
                        + server.channelNode().channelId() + " is registered at the gateway "
                        + config.gateway().address() + ":" + config.gateway().port());
            default ->
                out.println(MozartVersion.NAME + " " + MozartVersion.version() + " is listening on "
                        + running.endpoint() + " with " + channelIds.size()
                        + (channelIds.size() == 1 ? " channel" : " channels"));
        }
        out.println("Database: " + StorageFactory.describe(config.database()));
        if (!running.plugins().isEmpty()) {
            out.println("Plugins: " + String.join(", ", running.plugins()));
        }
        running.httpPort()
                .ifPresent(port -> out.println("HTTP API: http://"
                        + config.http().address() + ":" + port + "/ (register, authenticate, ping, healthz)"));
        for (final int id : channelIds) {
            final MetadataPaths paths = metadata.pathsOf(id);
            out.println("Channel " + id + ": " + metadata.music(id).size() + " songs, "
                    + metadata.items(id).size()
                    + " items, " + metadata.albums(id).size() + " albums (" + name(paths.musicList()) + ", "
                    + name(paths.itemData()) + ", " + name(paths.albumList()) + ")");
        }
        if (config.server().mode() != ServerMode.CHANNEL
                && !running.publicAddress().equals(running.address())) {
            out.println("Players connect to " + running.publicAddress() + ":" + running.port()
                    + " (Server:PublicAddress; launch tokens carry it)");
        }
        out.println("Create an account:  " + command + " user:register <username> <password>");
        out.println("Get a launch token: " + command + " user:authorize <username> <password>");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    private static String name(Optional<Path> path) {
        return path.map(Path::toString).orElse("-");
    }
}
