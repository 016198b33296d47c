package io.mozart.launcher;

import io.mozart.api.ServerStatus;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import io.mozart.launcher.http.HttpApi;
import io.mozart.launcher.window.ServerControl;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.auth.AuthException;
import io.mozart.server.auth.AuthService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/**
 * The game server the launcher started, with its storage and (when enabled) the HTTP API. It is what the desktop
 * window controls. {@link #close()} stops everything once, in order: HTTP API, game server, storage.
 */
public final class RunningServer implements ServerControl, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);

    private final MozartServerImpl server;
    private final Storage storage;
    private final HttpApi http;
    private final MozartConfig config;
    private final PrintStream out;
    private final Clock clock;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;

    RunningServer(final MozartServerImpl server, final Storage storage, final HttpApi http,
                  final MozartConfig config, final PrintStream out, final Clock clock) {
        this.server = Objects.requireNonNull(server, "server");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.http = http;
        this.config = Objects.requireNonNull(config, "config");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Should the game server stop by itself, the storage and the HTTP API go with it, and whoever waits in
        // awaitClose() returns. (A channel process no longer stops when it loses its gateway: it reconnects.)
        final Thread watcher = new Thread(() -> {
            try {
                server.awaitClose();
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mozart-server-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** @return the port of the HTTP API, when {@code Http:Enabled} started it */
    public OptionalInt httpPort() {
        return http == null ? OptionalInt.empty() : OptionalInt.of(http.port());
    }

    /** @return the game server */
    public MozartServerImpl server() {
        return server;
    }

    /** @return the bound address */
    public String address() {
        return server.address();
    }

    /** @return the bound port (the real one when {@code Server:Port=0}) */
    public int port() {
        return server.port();
    }

    @Override
    public String endpoint() {
        return server.address() + ":" + server.port();
    }

    @Override
    public ServerStatus status() {
        return server.status();
    }

    @Override
    public Credentials createAccount(final String username, final String password) {
        final AuthService auth = server.auth();
        try {
            auth.register(username, password, Gender.MALE, false);
        } catch (UsernameTakenException e) {
            throw new IllegalArgumentException("Username '" + username + "' is already taken.", e);
        } catch (AuthException e) {
            throw new IllegalArgumentException("Registration failed: " + e.getMessage() + ".", e);
        }
        final String token = auth.authenticate(username, password, AuthService.UNKNOWN_ADDRESS);
        final UserProfile user = storage.characters().findByUsername(username).orElseThrow(
                () -> new IllegalStateException("the new account '" + username + "' has no character"));
        final int port = config.server().mode() == ServerMode.CHANNEL ? LaunchTokens.gatewayPort(config) : port();
        return new Credentials(token, LaunchTokens.forUser(storage, user, token, LaunchTokens.gatewayAddress(config),
                port, clock.instant()));
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
            if (http != null) {
                try {
                    http.close();
                } catch (Exception e) {
                    LOG.warn("closing the HTTP API failed: {}", e.toString());
                }
            }
            server.close();
            storage.close();
            out.println("Mozart stopped.");
            out.flush();
        } finally {
            closed.countDown();
        }
    }
}
