package io.mozart.launcher;

import io.mozart.api.ServerStatus;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.launcher.config.Addresses;
import io.mozart.launcher.config.IniReader;
import io.mozart.launcher.config.IniWriter;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import io.mozart.launcher.window.ServerControl;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.auth.AuthException;
import io.mozart.server.auth.AuthService;
import io.mozart.server.metadata.MetadataFormatException;
import io.mozart.server.metadata.MetadataImport;
import io.mozart.server.metadata.MetadataResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game server the launcher started, with its storage, its catalogues and (when enabled) the HTTP API. It is
 * what the desktop window controls, through the same services the admin commands use. The window's LAN switch
 * replaces the listeners (game server and HTTP API) over the same storage and catalogues. {@link #close()} stops
 * everything once, in order: HTTP API, game server, storage.
 */
public final class RunningServer implements ServerControl, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    /** The key under which the window remembers the O2Jam client folder in mozart.ini. */
    public static final String CLIENT_FOLDER_KEY = "Window:ClientFolder";

    private final Storage storage;
    private final MetadataResolver metadata;
    private final PrintStream out;
    private final Clock clock;
    private final Path settingsFile;
    private final Plugins plugins;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile MozartConfig config;
    private volatile ServerLauncher.Listeners listeners;
    private volatile Path clientFolder;
    private boolean closing;

    RunningServer(
            ServerLauncher.Listeners listeners,
            Storage storage,
            MetadataResolver metadata,
            MozartConfig config,
            PrintStream out,
            Clock clock,
            Path settingsFile) {
        this(listeners, storage, metadata, config, out, clock, settingsFile, Plugins.none());
    }

    RunningServer(
            ServerLauncher.Listeners listeners,
            Storage storage,
            MetadataResolver metadata,
            MozartConfig config,
            PrintStream out,
            Clock clock,
            Path settingsFile,
            Plugins plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.config = Objects.requireNonNull(config, "config");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settingsFile = settingsFile;
        this.clientFolder = rememberedClientFolder(settingsFile);
        watch(listeners);
    }

    /**
     * Should the game server stop by itself, the storage and the HTTP API go with it, and whoever waits in
     * awaitClose() returns (a channel process no longer stops when it loses its gateway: it reconnects). A listener
     * replaced by the LAN switch is not watched.
     */
    @SuppressWarnings("ReferenceEquality") // identity on purpose: is this still the listener set in use
    private void watch(ServerLauncher.Listeners watched) {
        final Thread watcher = new Thread(
                () -> {
                    try {
                        watched.server().awaitClose();
                        if (listeners == watched) {
                            close();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "mozart-server-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public List<String> plugins() {
        return plugins.descriptions();
    }

    private ServerLauncher.Listeners current() {
        final ServerLauncher.Listeners l = listeners;
        if (l == null) {
            throw new IllegalStateException("the server is restarting its listener; try again in a moment");
        }
        return l;
    }

    /** @return the launcher's metrics registries, when {@code Metrics:Enabled} (new ones after the LAN switch) */
    public Optional<MetricsRegistry> metrics() {
        return Optional.ofNullable(current().metrics());
    }

    /** @return the port of the HTTP API, when {@code Http:Enabled} started it */
    public OptionalInt httpPort() {
        final ServerLauncher.Listeners l = current();
        return l.http() == null ? OptionalInt.empty() : OptionalInt.of(l.http().port());
    }

    /** @return the game server (a new one after the LAN switch) */
    public MozartServerImpl server() {
        return current().server();
    }

    /** @return the configuration in effect (the LAN switch changes the listen addresses) */
    public MozartConfig config() {
        return config;
    }

    /** @return the bound address */
    public String address() {
        return server().address();
    }

    /** @return the bound port (the real one when {@code Server:Port=0}) */
    public int port() {
        return server().port();
    }

    /** @return the address launch tokens carry ({@link PublicAddress}) */
    public String publicAddress() {
        return PublicAddress.of(config);
    }

    @Override
    public String endpoint() {
        return address() + ":" + port();
    }

    @Override
    public ServerStatus status() {
        return server().status();
    }

    @Override
    public Credentials createAccount(String username, String password) {
        final AuthService auth = server().auth();
        try {
            auth.register(username, password, Gender.MALE, false);
        } catch (UsernameTakenException e) {
            throw new IllegalArgumentException("Username '" + username + "' is already taken.", e);
        } catch (AuthException e) {
            throw new IllegalArgumentException("Registration failed: " + e.getMessage() + ".", e);
        }
        final String token = auth.authenticate(username, password, AuthService.UNKNOWN_ADDRESS);
        return new Credentials(token, launchToken(username, token));
    }

    private String launchToken(String username, String token) {
        final UserProfile user = storage.characters()
                .findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("the account '" + username + "' has no character"));
        return LaunchTokens.forUser(
                storage, user, token, LaunchTokens.gatewayAddress(config), tokenPort(), clock.instant());
    }

    private int tokenPort() {
        return config.server().mode() == ServerMode.CHANNEL ? LaunchTokens.gatewayPort(config) : port();
    }

    @Override
    public List<String> accounts() {
        final List<String> names = new ArrayList<>();
        for (final UserProfile u : storage.characters().topByLevel(MAX_ACCOUNTS)) {
            names.add(u.username());
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    @Override
    public void resetPassword(String username, String password) {
        final boolean found;
        try {
            found = server().auth().resetPassword(username, password);
        } catch (AuthException e) {
            throw new IllegalArgumentException("The password was not changed: " + e.getMessage() + ".", e);
        }
        if (!found) {
            throw new IllegalArgumentException("There is no account '" + username + "'.");
        }
    }

    @Override
    public boolean lanSwitchAvailable() {
        return config.server().mode() == ServerMode.FULL;
    }

    @Override
    public boolean lan() {
        return Addresses.isWildcard(config.server().address());
    }

    @Override
    public synchronized void setLan(boolean on) {
        if (closing) {
            throw new IllegalStateException("the server is stopping");
        }
        if (!lanSwitchAvailable()) {
            throw new IllegalStateException("the LAN switch works in Full mode only");
        }
        if (on == lan()) {
            return;
        }
        final MozartConfig before = config;
        // Keep the port the server has now (Server:Port=0 picked one; friends were told it).
        final MozartConfig after = withPort(before.withLan(on), port());
        final ServerLauncher.Listeners old = listeners;
        listeners = null;
        closeListeners(old);
        ServerLauncher.Listeners started;
        try {
            started = ServerLauncher.listen(after, storage, metadata, false, plugins);
        } catch (RuntimeException e) {
            LOG.warn("cannot listen on {}:{}: {}", after.server().address(), port(old), e.getMessage());
            try {
                listeners = ServerLauncher.listen(withPort(before, port(old)), storage, metadata, false, plugins);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                LOG.error("cannot listen on the previous address either; stopping: {}", again.getMessage());
                close();
                throw e;
            }
            watch(listeners);
            throw e;
        }
        config = after;
        listeners = started;
        watch(started);
        remember("Server:Address", after.server().address());
        if (after.http().enabled()) {
            remember("Http:Address", after.http().address());
        }
        out.println(
                on
                        ? "Other computers on the network may join: listening on " + endpoint()
                        : "Only this computer may join: listening on " + endpoint());
        out.flush();
    }

    private static int port(ServerLauncher.Listeners l) {
        return l.server().port();
    }

    private static MozartConfig withPort(MozartConfig c, int port) {
        final var s = c.server();
        return new MozartConfig(
                new io.mozart.launcher.config.ServerConfig(
                        s.mode(), s.address(), port, s.maxConnections(), s.packetBufferSize(), s.publicAddress()),
                c.http(),
                c.database(),
                c.metadata(),
                c.game(),
                c.auth(),
                c.gateway(),
                c.logLevel(),
                c.logging(),
                c.metrics(),
                c.security());
    }

    private static void closeListeners(ServerLauncher.Listeners l) {
        if (l.http() != null) {
            try {
                l.http().close();
            } catch (Exception e) {
                LOG.warn("closing the HTTP API failed: {}", e.toString());
            }
        }
        l.server().close();
        if (l.metrics() != null) {
            l.metrics().close();
        }
    }

    private static Path rememberedClientFolder(Path settingsFile) {
        if (settingsFile == null || !java.nio.file.Files.isRegularFile(settingsFile)) {
            return null;
        }
        try {
            return IniReader.read(settingsFile)
                    .value(CLIENT_FOLDER_KEY)
                    .filter(v -> !v.isBlank())
                    .map(Path::of)
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void remember(String key, String value) {
        if (settingsFile == null) {
            return;
        }
        try {
            IniWriter.set(settingsFile, key, value);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot remember {}={} in {}: {}", key, value, settingsFile, e.toString());
        }
    }

    @Override
    public List<String> joinAddresses() {
        if (!lan()) {
            return List.of();
        }
        final List<String> addresses = new ArrayList<>();
        for (final Inet4Address a : PublicAddress.lanAddresses()) {
            addresses.add(a.getHostAddress() + ":" + port());
        }
        return addresses;
    }

    @Override
    public Map<Integer, Catalogue> catalogues() {
        final Map<Integer, Catalogue> result = new LinkedHashMap<>();
        for (final int id : ServerLauncher.channelIds(config)) {
            result.put(
                    id,
                    new Catalogue(
                            metadata.music(id).size(),
                            metadata.items(id).size(),
                            metadata.albums(id).size()));
        }
        return result;
    }

    @Override
    public boolean importSongs(Path o2jamFolder, Consumer<String> progress) {
        progress.accept("Reading " + o2jamFolder + " …");
        final MetadataImport.Report report;
        try {
            report = MetadataImport.run(
                    o2jamFolder,
                    config.metadata().itemData(),
                    config.metadata().musicList(),
                    config.metadata().albumList());
        } catch (java.io.FileNotFoundException e) {
            progress.accept(e.getMessage());
            return false;
        } catch (IOException | MetadataFormatException | UncheckedIOException e) {
            progress.accept("Metadata import failed: " + e.getMessage());
            return false;
        }
        report.lines().forEach(progress);
        progress.accept("Reloading the catalogue …");
        metadata.reload();
        for (final Map.Entry<Integer, Catalogue> e : catalogues().entrySet()) {
            progress.accept("Channel " + e.getKey() + ": " + e.getValue().songs() + " songs, "
                    + e.getValue().items() + " items, " + e.getValue().albums() + " albums");
        }
        return report.imported() > 0;
    }

    @Override
    public Optional<Path> clientFolder() {
        return Optional.ofNullable(clientFolder);
    }

    @Override
    public ClientStart startClient(String username, String password, Path o2jamFolder) {
        if (config.server().mode() == ServerMode.CHANNEL) {
            throw new IllegalArgumentException("game:start is only available in Full or Gateway mode.");
        }
        final Path exe = GameClient.find(o2jamFolder)
                .orElseThrow(() -> new IllegalArgumentException("OTwo.exe was not found in: " + o2jamFolder));
        clientFolder = o2jamFolder;
        remember(CLIENT_FOLDER_KEY, o2jamFolder.toString());
        final String token;
        try {
            token = server().auth().authenticate(username, password, AuthService.UNKNOWN_ADDRESS);
        } catch (AuthException e) {
            throw new IllegalArgumentException("Unable to start O2Jam: " + e.getMessage(), e);
        }
        final String address = LaunchTokens.gatewayAddress(config);
        final List<String> command = GameClient.commandLine(exe, launchToken(username, token), address, port());
        if (!GameClient.canStart()) {
            return new ClientStart(false, GameClient.shellLine(command));
        }
        try {
            GameClient.start(command, o2jamFolder);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unable to start O2Jam: " + e.getMessage(), e);
        }
        return new ClientStart(true, GameClient.shellLine(command));
    }

    @Override
    public Optional<String> problem() {
        try {
            storage.characters().find(0);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("The database stopped answering: " + StartFailure.rootMessage(e)
                    + ". Players cannot log in or save. Check the database, then restart Mozart.");
        }
    }

    @Override
    public void stop() {
        close();
    }

    /**
     * Blocks until {@link #close()} has finished (from a shutdown hook, the window, or another thread).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops the HTTP API, the game server (players are disconnected and saved) and the storage. Idempotent. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            final ServerLauncher.Listeners l = listeners;
            if (l != null) {
                closeListeners(l);
            }
            storage.close();
            out.println("Mozart stopped.");
            out.flush();
        } finally {
            closed.countDown();
        }
    }
}
