package io.mozart.server.it;

import io.mozart.api.MozartServer;
import io.mozart.api.SecurityOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real server for integration tests: port 0 on loopback, a fresh SQLite file in a temp directory,
 * and helpers to register accounts and connect bots.
 */
public final class TestServer implements AutoCloseable {

    /**
     * Test accounts hash at 1,000 iterations (600,000 would make every registration cost a second), accept any
     * password and chat without a rate limit; tests of those limits set their own.
     */
    public static final SecurityOptions FAST = new SecurityOptions(1_000, 1, 0, 1);

    private final Path dir;
    private final JdbiStorage storage;
    private final MozartServerImpl server;

    private TestServer(Path dir, JdbiStorage storage, MozartServerImpl server) {
        this.dir = dir;
        this.storage = storage;
        this.server = server;
    }

    /**
     * @param options adjusts the options (port and address are set to loopback:0 first)
     * @return a started server
     */
    public static TestServer start(Consumer<ServerOptions.Builder> options) {
        return start(options, null);
    }

    /**
     * @param options  adjusts the options
     * @param metadata catalogues, or null for none
     * @return a started server
     */
    public static TestServer start(Consumer<ServerOptions.Builder> options, MetadataProvider metadata) {
        return start(options, metadata, s -> s);
    }

    /**
     * @param options  adjusts the options
     * @param metadata catalogues, or null for none
     * @param wrap     wraps the SQLite storage the server uses (failure injection); the fixture keeps the
     *                 unwrapped one for assertions
     * @return a started server
     */
    public static TestServer start(
            Consumer<ServerOptions.Builder> options,
            MetadataProvider metadata,
            java.util.function.UnaryOperator<io.mozart.api.storage.Storage> wrap) {
        try {
            Path dir = Files.createTempDirectory("mozart-it");
            JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
            ServerOptions.Builder b = ServerOptions.builder()
                    .address("127.0.0.1")
                    .port(0)
                    .gameThreads(4)
                    .revokeOnStartup(false)
                    .security(FAST);
            options.accept(b);
            MozartServer.Settings settings =
                    new MozartServer.Settings(b.build(), wrap.apply(storage), metadata, List.of(), List.of());
            return new TestServer(dir, storage, new MozartServerImpl(settings, Clock.systemUTC(), new SecureRandom()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return a server with default options */
    public static TestServer start() {
        return start(b -> {});
    }

    /** @return the server */
    public MozartServerImpl server() {
        return server;
    }

    /** @return the storage */
    public JdbiStorage storage() {
        return storage;
    }

    /**
     * Registers an account and returns its login token.
     *
     * @param username the username (also the nickname)
     * @param admin    administrator flag
     * @return the token
     */
    public String register(String username, boolean admin) {
        server.auth().register(username, "secret-" + username, Gender.MALE, admin);
        return server.auth().authenticate(username, "secret-" + username, "127.0.0.1");
    }

    /**
     * @param username a username
     * @return the token of a new non-admin account
     */
    public String register(String username) {
        return register(username, false);
    }

    /** @return a new bot connected to the server */
    public Bot bot() {
        return Bot.connect("127.0.0.1", server.port());
    }

    /**
     * Registers an account and logs a bot into channel 0 with it.
     *
     * @param username the username
     * @return the bot, in the lobby
     */
    public Bot lobbyBot(String username) {
        return bot().login(register(username), 0);
    }

    @Override
    public void close() {
        server.close();
        storage.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // best effort
        }
    }
}
