package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ServerStatus;
import io.mozart.api.launch.LaunchParameters;
import io.mozart.client.Bot;
import io.mozart.launcher.config.ConfigLoader;
import io.mozart.launcher.window.ServerControl;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server the launcher starts, in this JVM on a free port with a SQLite file: admin commands write to the same
 * file while it runs, and bots log in with what they print; the {@link ServerControl} the window uses.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RunningServerTest {

    @TempDir
    Path root;

    private Cli cli;
    private final ByteArrayOutputStream banner = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        cli = new Cli(root);
    }

    private RunningServer start(String... args) {
        final ConfigLoader.Loaded loaded = ConfigLoader.load(args, cli.app(), cli.work());
        return ServerLauncher.start(loaded.config(), new PrintStream(banner, true, StandardCharsets.UTF_8), "./mozart");
    }

    @Test
    void commandsWriteToTheDatabaseOfARunningServerAndABotLogsInWithTheirToken() {
        try (RunningServer server = start("--Server:Port=0")) {
            final String text = banner.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains(" is listening on 127.0.0.1:" + server.port() + " with 1 channel"), text);
            assertTrue(text.contains("Database: SQLite " + cli.database()), text);
            assertTrue(text.contains("./mozart user:register <username> <password>"), text);
            assertTrue(text.contains("./mozart user:authorize <username> <password>"), text);

            final Cli.Result register = cli.run("user:register", "alice", "s3cret");
            assertEquals(0, register.code(), register::toString);
            final Cli.Result authorize = cli.run("user:authorize", "alice", "s3cret");
            assertEquals(0, authorize.code(), authorize::toString);
            final Cli.Result deposit = cli.run("user:deposit", "alice", "100");
            assertEquals(0, deposit.code(), deposit::toString);

            try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
                bot.login(authorize.value("  Token:"), 0);
                assertEquals("alice", bot.characterInfo().info().nickname());
                assertEquals(1, server.status().playersInChannels());
            }
        }
        assertTrue(banner.toString(StandardCharsets.UTF_8).endsWith("Mozart stopped." + System.lineSeparator()));
    }

    @Test
    void aGatewayAndAChannelServerOnOneDatabaseServeABotAndTheChannelOutlivesItsGateway() throws Exception {
        final int linkPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            linkPort = probe.getLocalPort();
        }
        final String[] link = {
            "--Gateway:Address=127.0.0.1", "--Gateway:Port=" + linkPort, "--Gateway:Id=4", "--Gateway:Timeout=5"
        };
        final RunningServer gateway = start(concat(link, "--Server:Mode=Gateway", "--Server:Port=0"));
        try {
            final RunningServer channel = start(concat(
                    link, "--Server:Mode=Channel", "--Gateway:Channels:0:Id=1", "--Gateway:Channels:0:Capacity=40"));
            final String text = banner.toString(StandardCharsets.UTF_8);
            assertTrue(
                    text.contains(" gateway is listening on 127.0.0.1:" + gateway.port()
                            + " for clients and on 127.0.0.1:" + linkPort + " for channel servers"),
                    text);
            assertTrue(text.contains(" channel 1 is registered at the gateway 127.0.0.1:" + linkPort), text);
            assertEquals(0, cli.run("user:register", "alice", "s3cret").code());
            final Cli.Result authorize = cli.run("user:authorize", "alice", "s3cret");
            assertEquals(0, authorize.code(), authorize::toString);
            try (Bot bot = Bot.connect("127.0.0.1", gateway.port())) {
                assertEquals(
                        AuthResponse.SUCCESS,
                        bot.authorize(authorize.value("  Token:")).result());
                assertEquals(
                        List.of(ChannelListResponse.Entry.gap(0, 0), new ChannelListResponse.Entry(4, 1, 40, 0, true)),
                        bot.channelList().channels());
                assertEquals(ChannelLoginResponse.success(), bot.channelLogin(4, 1));
                assertEquals("alice", bot.characterInfo().info().nickname());
                assertEquals(1, channel.status().playersInChannels());
            }
            gateway.close();
            // A channel process no longer stops with its gateway: it reconnects with backoff (compatibility D11).
            final java.util.concurrent.CompletableFuture<Void> closed =
                    java.util.concurrent.CompletableFuture.runAsync(() -> {
                        try {
                            channel.awaitClose();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            Thread.sleep(2_000);
            assertFalse(closed.isDone(), "the channel keeps running and reconnects");
            channel.close();
            closed.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            gateway.close();
        }
    }

    private static String[] concat(String[] first, String... more) {
        final List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theReferenceConfigIniStartsSixChannels() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/config.ini")) {
            Files.copy(in, cli.app().resolve("config.ini"));
        }
        try (RunningServer server = start("--Server:Port=0");
                Bot bot = Bot.connect("127.0.0.1", server.port())) {
            final ServerControl.Credentials credentials = server.createAccount("bob", "secret");
            assertEquals(6, server.status().channels().size());
            bot.authorize(credentials.token());
            final ChannelListResponse list = bot.channelList();
            assertEquals(10, list.channels().size(), "one entry per id up to the highest (9)");
        }
    }

    @Test
    void createAccountGivesTokensThatLogIn() {
        try (RunningServer server = start("--Server:Port=0")) {
            final ServerControl control = server;
            assertEquals("127.0.0.1:" + server.port(), control.endpoint());
            final ServerControl.Credentials credentials = control.createAccount("carol", "secret");
            assertTrue(credentials.token().matches("[0-9A-F]{32}"), credentials.token());
            final LaunchParameters launch = LaunchParameters.decrypt(credentials.launchToken());
            assertEquals(credentials.token(), launch.username());
            assertEquals(Integer.toString(server.port()), launch.gatewayPort(), "the bound port, not 0");
            final IllegalArgumentException taken =
                    assertThrows(IllegalArgumentException.class, () -> control.createAccount("CAROL", "secret"));
            assertEquals("Username 'CAROL' is already taken.", taken.getMessage());
            assertThrows(IllegalArgumentException.class, () -> control.createAccount("", "secret"));

            try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
                bot.login(credentials.token(), 0);
                final ServerStatus status = control.status();
                assertEquals(1, status.playersInChannels());
            }
            control.stop();
            control.stop();
        }
    }

    @Test
    void httpEnabledServesTheApiNextToTheGameAndTokensItIssuesLogIn() throws Exception {
        try (RunningServer server = start("--Server:Port=0", "--Http:Enabled=true", "--Http:Port=0")) {
            final int port = server.httpPort().orElseThrow();
            assertTrue(banner.toString(StandardCharsets.UTF_8).contains("HTTP API: http://127.0.0.1:" + port + "/"));
            final HttpClient http = HttpClient.newHttpClient();
            final HttpResponse<String> register = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/register"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"dave\",\"password\":\"secret\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, register.statusCode(), register::body);
            try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
                bot.login(register.body(), 0);
                assertEquals(1, server.status().playersInChannels());
            }
        }
        assertTrue(banner.toString(StandardCharsets.UTF_8).contains("Mozart stopped."), "closed with the server");
    }

    @Test
    void serverMaxConnectionsIsTheListenBacklogOfTheGameServer() {
        try (RunningServer server = start("--Server:Port=0")) {
            assertEquals(1000, server.server().encore().options().backlog(), "Mozart's default (compatibility C3)");
        }
        try (RunningServer server = start("--Server:Port=0", "--Server:MaxConnections=7")) {
            assertEquals(7, server.server().encore().options().backlog());
        }
    }

    @Test
    void theGamePortLimitsAreOnByDefaultAndReachTheEngine() {
        try (RunningServer server = start("--Server:Port=0")) {
            var o = server.server().encore().options();
            assertEquals(1000, o.maxConnections());
            assertEquals(20, o.maxConnectionsPerAddress());
            assertEquals(java.time.Duration.ofSeconds(30), o.handshakeTimeout());
            assertEquals(java.time.Duration.ofSeconds(600), o.idleTimeout());
            assertEquals(java.time.Duration.ofSeconds(60), o.writeTimeout());
            assertEquals(4L * 1024 * 1024, o.maxQueuedBytes());
            assertTrue(o.maxTotalQueuedBytes() >= 16L * 1024 * 1024);
        }
        try (RunningServer server = start(
                "--Server:Port=0",
                "--Server:ConnectionLimit=5",
                "--Server:ConnectionsPerAddress=0",
                "--Server:HandshakeTimeout=0",
                "--Server:IdleTimeout=0",
                "--Server:WriteTimeout=0",
                "--Server:SendQueueLimit=128",
                "--Server:TotalSendQueueLimit=32")) {
            var o = server.server().encore().options();
            assertEquals(5, o.maxConnections());
            assertEquals(0, o.maxConnectionsPerAddress());
            assertEquals(null, o.handshakeTimeout());
            assertEquals(null, o.idleTimeout());
            assertEquals(null, o.writeTimeout());
            assertEquals(128L * 1024, o.maxQueuedBytes());
            assertEquals(32L * 1024 * 1024, o.maxTotalQueuedBytes());
        }
    }

    @Test
    void theMemoryDriverWritesNoFile() {
        try (RunningServer server = start("--Server:Port=0", "--Db:Driver=Memory");
                Bot bot = Bot.connect("127.0.0.1", server.port())) {
            assertTrue(banner.toString(StandardCharsets.UTF_8).contains("Database: in memory as 'O2JAM'"));
            bot.login(server.createAccount("erin", "secret").token(), 0);
            assertEquals(1, server.status().playersInChannels());
        }
        assertTrue(Files.notExists(cli.database()));
    }

    @Test
    void aTakenPortIsAnErrorAndLeavesNothingOpen() throws IOException {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            final Cli.Result r = cli.run("--Server:Port=" + taken.getLocalPort());
            assertEquals(1, r.code(), r::toString);
            assertTrue(
                    r.err()
                            .startsWith("Error: Another program uses port " + taken.getLocalPort()
                                    + " — close it or change Server:Port"),
                    r::toString);
        }
        final Cli.Result after = cli.run("user:register", "dave", "secret");
        assertEquals(0, after.code(), "the database file is not left locked: " + after);
    }
}
