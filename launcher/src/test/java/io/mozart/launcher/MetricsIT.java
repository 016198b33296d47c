package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.metadata.Music;
import io.mozart.client.Bot;
import io.mozart.encore.server.EncoreMetrics;
import io.mozart.launcher.config.ConfigLoader;
import io.mozart.server.metadata.OjnListFile;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.playing.UserLeaveGameNotice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} on the launcher's HTTP API after a whole game played by a bot over real sockets against a
 * SQLite file: the meters issue 13 lists carry that game's values; the same meters are MBeans.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MetricsIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*\\})?) (\\S+)$");

    @TempDir
    Path root;

    @Test
    void aPlayedGameShowsInThePrometheusEndpointAndInJmx() throws Exception {
        Cli cli = new Cli(root);
        OjnListFile.of(List.of(Music.basic(1, 10, 20, 30, 500, 600, 700)))
                .write(cli.work().resolve("OJNList.dat"));
        ConfigLoader.Loaded loaded = ConfigLoader.load(
                new String[] {"--Server:Port=0", "--Http:Enabled=true", "--Http:Port=0"},
                cli.app(),
                cli.work(),
                Map.of());
        ByteArrayOutputStream banner = new ByteArrayOutputStream();
        try (RunningServer server = ServerLauncher.start(
                loaded.config(), new PrintStream(banner, true, StandardCharsets.UTF_8), "./mozart")) {
            String token = server.createAccount("player", "secret").token();
            try (Bot stranger = Bot.connect("127.0.0.1", server.port())) {
                assertEquals(
                        AuthResponse.INVALID_LOGIN,
                        stranger.authorize("no-such-token").result());
            }
            try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
                bot.login(token, 0);
                bot.createRoom("metrics", "");
                bot.music(1, 0, 1);
                bot.drain(Duration.ofMillis(150));
                StartGameNotice start = bot.startGame();
                assertEquals(StartResult.SUCCESS.wire(), start.result());
                bot.musicLoaded();
                assertEquals(1, bot.await(MusicLoadedNotice.class).playingState());
                bot.submit(480, 20, 0, 140000, 100);
                bot.await(ScoreCompletedNotice.class);
                bot.exitPlaying();
                bot.await(UserLeaveGameNotice.class);
                bot.drain(Duration.ofMillis(150));

                awaitConnections(server, 1);
                Map<String, Double> m = scrape(server.httpPort().getAsInt());
                EncoreMetrics transport = server.server().encore().metrics();
                assertEquals(1.0, m.get("mozart_connections_open"), m::toString);
                assertEquals(1.0, m.get("mozart_players_online{channel=\"0\"}"));
                assertEquals(1.0, m.get("mozart_rooms{channel=\"0\"}"));
                assertEquals(1.0, m.get("mozart_games_started_total"));
                assertEquals(1.0, m.get("mozart_games_finished_total"));
                assertEquals(1.0, m.get("mozart_logins_total{result=\"success\"}"));
                assertEquals(1.0, m.get("mozart_logins_total{result=\"invalid\"}"));
                assertEquals(0.0, m.get("mozart_logins_total{result=\"already_connected\"}"));
                assertEquals((double) transport.framesIn(), m.get("mozart_frames_in_total"));
                assertEquals((double) transport.framesOut(), m.get("mozart_frames_out_total"));
                assertEquals((double) transport.bytesIn(), m.get("mozart_bytes_in_total"));
                assertEquals((double) transport.bytesOut(), m.get("mozart_bytes_out_total"));
                assertTrue(transport.framesIn() >= 8, "the bot sent at least eight requests: " + transport);
                assertTrue(transport.bytesOut() > transport.framesOut() * 4, transport::toString);
                assertEquals(0.0, m.get("mozart_packets_dropped_total"));
                assertEquals(0.0, m.get("mozart_decode_errors_total"));
                assertEquals((double) transport.guardRejections(), m.get("mozart_guard_rejections_total"));
                assertEquals(2.0, m.get("mozart_handler_seconds_count{message=\"AuthRequest\"}"));
                assertEquals(1.0, m.get("mozart_handler_seconds_count{message=\"StartGameRequest\"}"));
                assertEquals(1.0, m.get("mozart_handler_seconds_count{message=\"SubmitScoreRequest\"}"));
                assertTrue(m.get("mozart_handler_seconds_sum{message=\"SubmitScoreRequest\"}") > 0);
                double statements = m.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("mozart_storage_seconds_count{"))
                        .mapToDouble(Map.Entry::getValue)
                        .sum();
                assertTrue(statements >= 3, "the game's result was stored: " + statements);
                assertTrue(
                        m.keySet().stream()
                                .anyMatch(k -> k.startsWith("mozart_storage_seconds_count{operation=\"")
                                        && k.contains("Dao.")),
                        m.keySet()::toString);
                assertTrue(m.keySet().stream().anyMatch(k -> k.startsWith("jvm_memory_used_bytes{")));
                assertTrue(m.keySet().stream()
                        .anyMatch(k -> k.startsWith("jvm_gc_") || k.startsWith("jvm_threads_live_threads")));
                assertTrue(
                        m.keySet().stream().anyMatch(k -> k.startsWith("netty_allocator_memory_used{")),
                        m.keySet()::toString);

                Set<ObjectName> beans = ManagementFactory.getPlatformMBeanServer()
                        .queryNames(new ObjectName(MetricsRegistry.JMX_DOMAIN + ":*"), null);
                assertTrue(
                        beans.stream()
                                .anyMatch(n -> n.toString().contains("mozartGamesFinished")
                                        || n.toString().contains("mozart.games.finished")),
                        beans::toString);
            }
        }
        assertTrue(
                ManagementFactory.getPlatformMBeanServer()
                        .queryNames(new ObjectName(MetricsRegistry.JMX_DOMAIN + ":*"), null)
                        .isEmpty(),
                "closing the server unregisters its MBeans");
    }

    @Test
    void withMetricsOffThereIsNoEndpoint() throws Exception {
        Cli cli = new Cli(root);
        ConfigLoader.Loaded loaded = ConfigLoader.load(
                new String[] {"--Server:Port=0", "--Http:Enabled=true", "--Http:Port=0", "--Metrics:Enabled=false"},
                cli.app(),
                cli.work(),
                Map.of());
        try (RunningServer server = ServerLauncher.start(
                loaded.config(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "./mozart")) {
            assertFalse(server.metrics().isPresent());
            HttpResponse<String> response = get(server.httpPort().getAsInt());
            assertEquals(404, response.statusCode());
        }
    }

    private static void awaitConnections(RunningServer server, long open) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.server().encore().metrics().connectionsOpen() != open && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(open, server.server().encore().metrics().connectionsOpen());
    }

    private static HttpResponse<String> get(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The samples of a Prometheus text exposition, by series (name with labels as written). */
    static Map<String, Double> scrape(int port) throws Exception {
        HttpResponse<String> response = get(port);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher matcher = SAMPLE.matcher(line);
            assertTrue(matcher.matches(), line);
            samples.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return samples;
    }
}
