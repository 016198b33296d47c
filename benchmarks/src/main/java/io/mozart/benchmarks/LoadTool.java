package io.mozart.benchmarks;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mozart.api.MozartServer;
import io.mozart.api.SecurityOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.metrics.MetricsSink;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.client.Bot;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.metrics.MicrometerSink;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.memory.MemoryStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The load tool: starts a server in this JVM on loopback, drives it with {@link Bot}s over real sockets and
 * prints what it measured. Every loop is bounded; the tool stops by itself.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.mozart.benchmarks.LoadTool [--players N] [--messages M]
 *      [--storage memory|sqlite] [--metrics]
 * java -cp benchmarks/target/benchmarks.jar io.mozart.benchmarks.LoadTool --scenario channels [--channels C]
 *      [--per-channel N] [--room-size 8] [--hz 10] [--seconds 20] [--warmup 2] [--chat-per-second 1]
 *      [--storage memory|sqlite]
 * </pre>
 *
 * The default scenario ({@code --scenario lobby}), in phases: (1) N players authorize and enter channel 0
 * concurrently; (2) every player sends M lobby chat lines, each delivered to all N players (N × N × M frames);
 * (3) N/2 players create rooms and N/2 join them. The {@code channels} scenario ({@link ChannelScenario}):
 * C channels × N players (default 20 × 100), all in rooms playing, each sending UpdateGameStats at the given rate,
 * plus lobby chat in every channel; it reports deliveries, throughput and latency of both.
 */
public final class LoadTool {

    private LoadTool() {}

    /**
     * @param args see the class comment
     * @throws Exception on failure (the tool exits non-zero)
     */
    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--scenario")) {
            int i = Arrays.asList(args).indexOf("--scenario");
            String scenario = i + 1 < args.length ? args[i + 1] : "";
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            rest.subList(i, Math.min(i + 2, args.length)).clear();
            switch (scenario) {
                case "lobby" -> lobby(rest.toArray(new String[0]));
                case "channels" -> channels(rest.toArray(new String[0]));
                default -> throw new IllegalArgumentException("--scenario must be lobby or channels");
            }
        } else {
            lobby(args);
        }
    }

    private static void channels(String[] args) throws Exception {
        int channels = 20;
        int perChannel = 100;
        int roomSize = ChannelScenario.ROOM_MAX;
        double hz = 10;
        int seconds = 20;
        int warmup = 2;
        double chat = 1;
        String storageKind = "memory";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--channels" -> channels = Integer.parseInt(args[++i]);
                case "--per-channel" -> perChannel = Integer.parseInt(args[++i]);
                case "--room-size" -> roomSize = Integer.parseInt(args[++i]);
                case "--hz" -> hz = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--chat-per-second" -> chat = Double.parseDouble(args[++i]);
                case "--storage" -> storageKind = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        ChannelScenario.run(
                new ChannelScenario.Settings(channels, perChannel, roomSize, hz, seconds, warmup, chat, storageKind));
    }

    private static void lobby(String[] args) throws Exception {
        int players = 200;
        int messages = 5;
        String storageKind = "memory";
        boolean metrics = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--players" -> players = Integer.parseInt(args[++i]);
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--storage" -> storageKind = args[++i];
                case "--metrics" -> metrics = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (players < 2 || players > 2000 || messages < 1 || messages > 100) {
            throw new IllegalArgumentException("players must be 2..2000 and messages 1..100");
        }
        Path dir = Files.createTempDirectory("mozart-load");
        Storage storage =
                storageKind.equals("sqlite") ? JdbiStorage.sqlite(dir.resolve("O2JAM.db")) : new MemoryStorage();
        ServerOptions options = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .channels(io.mozart.api.ChannelOptions.of(0).withCapacity(players + 10))
                // The spec's hash cost (the figures in docs/performance.md were taken with it) and no chat rate
                // limit: every player sends its M lines at once.
                .security(new SecurityOptions(SecurityOptions.LEGACY_HASH_ITERATIONS, 6, 0, 10))
                .build();
        PrometheusMeterRegistry registry = metrics ? new PrometheusMeterRegistry(PrometheusConfig.DEFAULT) : null;
        MozartServerImpl server = new MozartServerImpl(
                new MozartServer.Settings(
                        options,
                        storage,
                        null,
                        List.of(),
                        List.of(),
                        metrics ? new MicrometerSink(registry) : MetricsSink.NONE),
                Clock.systemUTC(),
                new SecureRandom());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(players, 256));
        List<Bot> bots = new ArrayList<>(players);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Mozart load tool: %d players, %d chat lines each, %s storage, %d cores%s%n",
                    players,
                    messages,
                    storageKind,
                    Runtime.getRuntime().availableProcessors(),
                    metrics ? ", Prometheus metrics" : "");
            List<String> tokens = new ArrayList<>(players);
            long t0 = System.nanoTime();
            for (int i = 0; i < players; i++) {
                String name = "load" + i;
                server.auth().register(name, "password" + i, Gender.MALE, false);
                tokens.add(server.auth().authenticate(name, "password" + i, "127.0.0.1"));
            }
            report("register + authenticate (sequential, PBKDF2)", players, t0);

            t0 = System.nanoTime();
            List<Callable<Bot>> logins = new ArrayList<>();
            for (String token : tokens) {
                logins.add(() -> Bot.connect("127.0.0.1", server.port()).login(token, 0));
            }
            for (Future<Bot> f : pool.invokeAll(logins)) {
                bots.add(f.get());
            }
            report("connect + authorize + channel login (concurrent)", players, t0);

            byte[] line = "hello\0".getBytes(StandardCharsets.UTF_8);
            long expectedPerBot = (long) players * messages;
            t0 = System.nanoTime();
            List<Callable<Long>> readers = new ArrayList<>();
            for (Bot bot : bots) {
                readers.add(() -> {
                    long got = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (got < expectedPerBot && System.nanoTime() < deadline) {
                        Object o = bot.receive(Duration.ofSeconds(5));
                        if (o instanceof MainRoomUserMessageResponse) {
                            got++;
                        } else if (o == null) {
                            break;
                        }
                    }
                    return got;
                });
            }
            List<Future<Long>> counts = new ArrayList<>();
            ExecutorService readerPool = Executors.newFixedThreadPool(players);
            try {
                for (Callable<Long> r : readers) {
                    counts.add(readerPool.submit(r));
                }
                for (int m = 0; m < messages; m++) {
                    for (Bot bot : bots) {
                        bot.send(new SendMainRoomMessageRequest(line));
                    }
                }
                long delivered = 0;
                for (Future<Long> c : counts) {
                    delivered += c.get();
                }
                report("lobby chat frames delivered (every line to every player)", delivered, t0);
                if (delivered != expectedPerBot * players) {
                    throw new IllegalStateException(
                            "lost chat frames: " + delivered + " of " + expectedPerBot * players);
                }
            } finally {
                readerPool.shutdownNow();
            }

            t0 = System.nanoTime();
            int pairs = players / 2;
            List<Callable<Integer>> rooms = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                Bot master = bots.get(2 * p);
                rooms.add(() -> master.createRoom("room", "").number());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(rooms)) {
                numbers.add(f.get());
            }
            List<Callable<Integer>> joins = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                Bot joiner = bots.get(2 * p + 1);
                int number = numbers.get(p);
                joins.add(() -> joiner.joinRoom(number, 0, "").result());
            }
            for (Future<Integer> f : pool.invokeAll(joins)) {
                if (f.get() != JoinRoomResponse.SUCCESS) {
                    throw new IllegalStateException("join failed: " + f.get());
                }
            }
            report("create room + join room (pairs, incl. lobby notices)", pairs, t0);
            System.out.printf(
                    Locale.ROOT, "server metrics: %s%n", server.encore().metrics());
            if (registry != null) {
                long s0 = System.nanoTime();
                String text = registry.scrape();
                System.out.printf(
                        Locale.ROOT,
                        "Prometheus scrape: %d lines, %d bytes, %.1f ms%n",
                        text.lines().count(),
                        text.length(),
                        (System.nanoTime() - s0) / 1e6);
            }
        } finally {
            pool.shutdownNow();
            for (Bot b : bots) {
                b.close();
            }
            server.close();
            storage.close();
        }
    }

    static void report(String what, long count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-58s %9d in %7.3f s = %10.0f /s%n", what, count, seconds, count / seconds);
    }
}
