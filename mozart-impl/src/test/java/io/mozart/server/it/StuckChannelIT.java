package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.SecurityOptions;
import io.mozart.api.event.RoomCreated;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.ForwardingStorage;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.Storage;
import io.mozart.client.Bot;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.ranking.GetMusicPlayRankingRequest;
import io.mozart.server.protocol.ranking.MusicPlayRankingResponse;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One channel's stuck handler must not hold up another channel (issue 12, "Must show"). Over real sockets,
 * against a server built with the public embedding API only ({@link MozartServer#builder()}, {@code events()},
 * a {@link ForwardingStorage} over SQLite): channel 2 has two rooms of two players in a running game who send
 * UpdateGameStats, and two lobby players who chat. Each round, every stats relay (GameStatsUpdate to every member
 * of the sender's room) and every lobby chat line (to every channel-2 lobby player) must arrive within
 * {@link #BOUND}. The rounds run once before and once while something in channel 1 is stuck; then the stall is
 * released and channel 1's stuck player must complete too.
 *
 * <p>{@link #BOUND} is a liveness bound, generous for a busy shared machine; it is not a performance assertion.
 * The latencies before and during the stall are printed. The server runs with {@link #GAME_THREADS} game threads,
 * the default on two cores, so that "a few stuck game threads" means "all of them".
 *
 * <p>A server that calls the storage on its game threads fails (a), one that runs listeners inside a lock other
 * channels need fails (b) and (c); a failure message shows the stacks of the game threads, which name the cause.
 */
class StuckChannelIT {

    /** Each relay and chat line must arrive within this time of being sent. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    /** The default on a 2-core machine, set explicitly so that the test means the same everywhere. */
    private static final int GAME_THREADS = 2;

    /** How long a stall may last at most before the test gives up and releases it anyway. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private static final int ROUNDS = 20;
    private static final int CH1 = 1;
    private static final int CH2 = 2;

    private static final MetadataProvider METADATA = MetadataProvider.of(
            MusicCatalogue.of(List.of(Music.basic(1, 10, 20, 30, 500, 600, 700))),
            ItemCatalogue.empty(),
            AlbumCatalogue.empty());

    @TempDir
    Path dir;

    /**
     * (a) A storage call that blocks: channel-1 players ask for the play ranking (GetMusicPlayRanking, which reads
     * {@code rankings().top(...)}) and that read blocks until the test releases it. One more player is stuck than
     * there are game threads, as when a slow database serves one channel's requests: with storage on the game
     * threads, every game thread is then inside the database and no channel is served.
     */
    @Test
    void aBlockedStorageCallInChannel1DoesNotHoldUpChannel2() {
        JdbiStorage sqlite = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        Gate gate = new Gate();
        try (Fixture f = new Fixture(MozartServer.builder().storage(new GatedStorage(sqlite, gate)))) {
            Channel2 c2 = f.channel2();
            int stuckCount = GAME_THREADS + 1;
            List<Bot> stuck = new ArrayList<>();
            for (int i = 0; i < stuckCount; i++) {
                stuck.add(f.player("stuck" + i, CH1));
            }
            report("blocked storage call", "before the stall", c2.rounds("before"));

            gate.arm();
            try {
                for (Bot b : stuck) {
                    b.send(GetMusicPlayRankingRequest.INSTANCE);
                }
                int entered = gate.awaitEntered(stuckCount);
                String what = entered + " of " + stuckCount + " channel-1 ranking reads blocked in storage";
                report("blocked storage call", "while " + what, c2.rounds("during: " + what));
            } finally {
                gate.release();
            }
            for (Bot b : stuck) {
                assertNotNull(b.await(MusicPlayRankingResponse.class), "the stuck channel-1 player completes");
            }
        } finally {
            sqlite.close();
        }
    }

    /**
     * (b) A listener that sleeps: a RoomCreated listener blocks for rooms of channel 1 until the test releases it.
     * Listeners are embedder code; a slow one must cost its own channel at most, never another.
     */
    @Test
    void aSleepingListenerInChannel1DoesNotHoldUpChannel2() {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JdbiStorage sqlite = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        MozartServer.Builder builder = MozartServer.builder().storage(sqlite).on(RoomCreated.class, e -> {
            if (e.channelId() == CH1) {
                entered.countDown();
                awaitQuietly(release);
            }
        });
        try (Fixture f = new Fixture(builder)) {
            Channel2 c2 = f.channel2();
            Bot creator = f.player("creator", CH1);
            report("sleeping listener", "before the stall", c2.rounds("before"));

            try {
                creator.send(createRoom("stuck room"));
                assertTrue(awaitQuietly(entered), "the channel-1 RoomCreated listener was called");
                String what = "a channel-1 RoomCreated listener blocked";
                report("sleeping listener", "while " + what, c2.rounds("during: " + what));
            } finally {
                release.countDown();
            }
            CreateRoomResponse created = creator.await(CreateRoomResponse.class);
            assertEquals(
                    CreateRoomResponse.SUCCESS,
                    created.result(),
                    "the stuck channel-1 player's room was created: " + created);
        } finally {
            sqlite.close();
        }
    }

    /**
     * (c) Listeners run after the state change is released: a RoomCreated listener of channel 1 has another player
     * join the new room (from another thread, over its own socket) and waits for the answer. The join needs
     * channel 1, so it can only succeed while the listener waits if the listener is not run inside channel 1's
     * critical section.
     */
    @Test
    void aListenerCanWaitForAnotherPlayerToJoinTheRoomItWasToldAbout() throws Exception {
        Duration listenerWait = Duration.ofSeconds(5);
        AtomicReference<Bot> guest = new AtomicReference<>();
        AtomicReference<String> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService helper = Executors.newSingleThreadExecutor();
        JdbiStorage sqlite = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        MozartServer.Builder builder = MozartServer.builder().storage(sqlite).on(RoomCreated.class, e -> {
            if (e.channelId() != CH1) {
                return;
            }
            CompletableFuture<JoinRoomResponse> join =
                    CompletableFuture.supplyAsync(() -> guest.get().joinRoom(e.roomNumber(), 0, ""), helper);
            try {
                JoinRoomResponse r = join.get(listenerWait.toMillis(), TimeUnit.MILLISECONDS);
                outcome.set("joined while the listener waited: result " + r.result());
            } catch (TimeoutException timeout) {
                outcome.set("the join did not complete while the listener waited " + listenerWait.toMillis()
                        + " ms: the listener runs inside channel 1's critical section\n" + gameThreads());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                outcome.set("interrupted while waiting for the join");
            } catch (ExecutionException ex) {
                outcome.set("the join failed: " + ex.getCause());
            } finally {
                done.countDown();
            }
        });
        try (Fixture f = new Fixture(builder)) {
            Bot master = f.player("master", CH1);
            guest.set(f.player("guest", CH1));
            master.send(createRoom("listener room"));
            assertTrue(awaitQuietly(done), "the RoomCreated listener ran");
            assertEquals("joined while the listener waited: result " + JoinRoomResponse.SUCCESS, outcome.get());
            assertEquals(
                    CreateRoomResponse.SUCCESS,
                    master.await(CreateRoomResponse.class).result());
        } finally {
            helper.shutdownNow();
            helper.awaitTermination(10, TimeUnit.SECONDS);
            sqlite.close();
        }
    }

    // ---------------------------------------------------------------- the server and its players

    /** A started server (two channels, {@link #GAME_THREADS} game threads) and the bots connected to it. */
    private static final class Fixture implements AutoCloseable {
        private final MozartServer server;
        private final List<Bot> bots = new ArrayList<>();

        Fixture(MozartServer.Builder builder) {
            this.server = builder.metadata(METADATA)
                    .options(o -> o.address("127.0.0.1")
                            .port(0)
                            .gameThreads(GAME_THREADS)
                            .revokeOnStartup(false)
                            .security(new SecurityOptions(1_000, 1, 0, 1))
                            .channels(ChannelOptions.of(CH1), ChannelOptions.of(CH2)))
                    .start();
        }

        /**
         * @param name    username and nickname
         * @param channel the channel to enter
         * @return a bot in the channel's lobby
         */
        Bot player(String name, int channel) {
            server.accounts().register(name, "secret-" + name, Gender.MALE, false);
            String token =
                    server.accounts().authenticate(name, "secret-" + name).orElseThrow();
            Bot bot = Bot.connect("127.0.0.1", server.port());
            bots.add(bot);
            return bot.login(token, channel);
        }

        /** @return channel 2's players: two rooms of two in a running game, two in the lobby */
        Channel2 channel2() {
            List<Room> rooms = List.of(room("a"), room("b"));
            List<Bot> lobby = List.of(player("lobby0", CH2), player("lobby1", CH2));
            for (Bot b : lobby) {
                b.sync();
            }
            return new Channel2(rooms, lobby);
        }

        private Room room(String name) {
            Bot master = player(name + "0", CH2);
            Bot member = player(name + "1", CH2);
            int number = master.createRoom(name, "").number();
            assertEquals(
                    JoinRoomResponse.SUCCESS, member.joinRoom(number, 0, "").result());
            member.ready();
            member.sync(); // the ready flag is set before StartGame is handled
            master.music(1, 0, 1);
            master.sync();
            StartGameNotice start = master.startGame();
            assertEquals(StartResult.SUCCESS.wire(), start.result(), "room " + name + " starts");
            List<Bot> members = List.of(master, member);
            for (Bot b : members) {
                b.musicLoaded();
            }
            for (Bot b : members) {
                for (int i = 0; i < members.size(); i++) {
                    b.await(MusicLoadedNotice.class);
                }
                b.sync();
            }
            return new Room(name, members);
        }

        @Override
        public void close() {
            for (Bot b : bots) {
                b.close();
            }
            server.close();
        }
    }

    /**
     * @param name    for messages
     * @param members in slot order (slot i is member id i)
     */
    private record Room(String name, List<Bot> members) {}

    /** Latencies in milliseconds. */
    private record Stats(List<Double> stats, List<Double> chat) {
        String summary() {
            return "stats relays " + summary(stats) + "; chat lines " + summary(chat);
        }

        private static String summary(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "none";
            }
            return String.format(
                    "n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms",
                    sorted.size(),
                    sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
                    sorted.get(sorted.size() - 1));
        }
    }

    /** What channel 2's players do in a round, and the check that every relay and line arrived in time. */
    private static final class Channel2 {
        private final List<Room> rooms;
        private final List<Bot> lobby;
        private int seq;

        Channel2(List<Room> rooms, List<Bot> lobby) {
            this.rooms = rooms;
            this.lobby = lobby;
        }

        /**
         * Runs {@link #ROUNDS} rounds. In a round every room member sends one UpdateGameStats (jam, value = a
         * sequence number) and every lobby player one chat line; then every member must receive the relay of
         * every stat of its room, and every lobby player every line, each within {@link #BOUND} of its sending.
         *
         * @param phase for messages
         * @return the latencies
         */
        Stats rounds(String phase) {
            List<Double> statLatencies = new ArrayList<>();
            List<Double> chatLatencies = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Map<Bot, Map<String, Long>> expected = new HashMap<>();
                Map<Bot, Function<Object, String>> keyOf = new HashMap<>();
                for (Room room : rooms) {
                    for (int id = 0; id < room.members().size(); id++) {
                        Bot sender = room.members().get(id);
                        int value = ++seq & 0xFFFF;
                        long sent = System.nanoTime();
                        sender.stats(1, value, value);
                        for (Bot to : room.members()) {
                            expected.computeIfAbsent(to, k -> new HashMap<>())
                                    .put(room.name() + "#" + id + "=" + value, sent);
                            keyOf.put(
                                    to,
                                    o -> o instanceof GameStatsUpdateNotice n && n.type() == 1
                                            ? room.name() + "#" + n.memberId() + "=" + n.value()
                                            : null);
                        }
                    }
                }
                for (int i = 0; i < lobby.size(); i++) {
                    String line = "r" + round + "-" + (++seq) + "-lobby" + i;
                    long sent = System.nanoTime();
                    lobby.get(i).chat(line);
                    for (Bot to : lobby) {
                        expected.computeIfAbsent(to, k -> new HashMap<>()).put("chat:" + line, sent);
                        keyOf.put(to, o -> o instanceof MainRoomUserMessageResponse m ? "chat:" + text(m) : null);
                    }
                }
                for (Map.Entry<Bot, Map<String, Long>> e : expected.entrySet()) {
                    collect(
                            phase,
                            round,
                            e.getKey(),
                            e.getValue(),
                            keyOf.get(e.getKey()),
                            statLatencies,
                            chatLatencies);
                }
            }
            return new Stats(statLatencies, chatLatencies);
        }

        private static void collect(
                String phase,
                int round,
                Bot bot,
                Map<String, Long> expected,
                Function<Object, String> keyOf,
                List<Double> statLatencies,
                List<Double> chatLatencies) {
            Map<String, Long> missing = new HashMap<>(expected);
            long deadline = Collections.min(expected.values()) + BOUND.toNanos();
            while (!missing.isEmpty()) {
                long left = deadline - System.nanoTime();
                Object o = left <= 0 ? null : bot.receive(Duration.ofNanos(left));
                if (o == null) {
                    fail(phase + ", round " + round + ": not received within " + BOUND.toMillis() + " ms: "
                            + missing.keySet() + "\n" + gameThreads());
                }
                String key = keyOf.apply(o);
                Long sent = key == null ? null : missing.remove(key);
                if (sent != null) {
                    double ms = (System.nanoTime() - sent) / 1e6;
                    (key.startsWith("chat:") ? chatLatencies : statLatencies).add(ms);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the blocking storage

    /**
     * A storage whose {@code rankings().top(...)} blocks at the {@link Gate} (also inside transactions, so that it
     * does not matter how the server reads the ranking).
     */
    private static final class GatedStorage extends ForwardingStorage {
        private final Gate gate;

        GatedStorage(Storage delegate, Gate gate) {
            super(delegate);
            this.gate = gate;
        }

        @Override
        public RankingRepository rankings() {
            RankingRepository real = delegate().rankings();
            return new RankingRepository() {
                @Override
                public void register(int userId) {
                    real.register(userId);
                }

                @Override
                public Optional<RankingEntry> find(int userId) {
                    return real.find(userId);
                }

                @Override
                public List<RankingEntry> top(int limit) {
                    gate.pass();
                    return real.top(limit);
                }

                @Override
                public Map<Integer, Integer> currentRanks() {
                    return real.currentRanks();
                }

                @Override
                public void replaceAll(List<RankingEntry> entries) {
                    real.replaceAll(entries);
                }

                @Override
                public Map<Integer, Integer> dumpRanking() {
                    return real.dumpRanking();
                }
            };
        }

        @Override
        public <T> T inTransaction(Function<Storage, T> work) {
            return delegate().inTransaction(tx -> work.apply(new GatedStorage(tx, gate)));
        }
    }

    /** Open until armed; while armed, every caller blocks until {@link #release()}. */
    private static final class Gate {
        private final AtomicBoolean armed = new AtomicBoolean();
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger entered = new AtomicInteger();

        void pass() {
            if (armed.get()) {
                entered.incrementAndGet();
                awaitQuietly(release);
            }
        }

        void arm() {
            armed.set(true);
        }

        void release() {
            armed.set(false);
            release.countDown();
        }

        /**
         * Waits until at least one call is blocked, then up to a second more for {@code count} of them (fewer
         * block at once when the server bounds the threads that may call the storage; that is allowed).
         *
         * @param count how many calls are expected
         * @return how many are blocked
         */
        int awaitEntered(int count) {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (entered.get() == 0) {
                assertTrue(System.nanoTime() < end, "no channel-1 ranking read reached the storage");
                sleep(1);
            }
            long settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (entered.get() < count && System.nanoTime() < settle) {
                sleep(1);
            }
            return entered.get();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static CreateRoomRequest createRoom(String title) {
        return new CreateRoomRequest(title, 1, false, "", 0, 0, false);
    }

    private static String text(MainRoomUserMessageResponse m) {
        byte[] c = m.content();
        int n = 0;
        while (n < c.length && c[n] != 0) {
            n++;
        }
        return new String(c, 0, n, StandardCharsets.UTF_8);
    }

    private static void report(String test, String when, Stats stats) {
        System.out.println("StuckChannelIT " + test + ": channel 2 " + when + ": " + stats.summary());
    }

    /** @return the stacks of the server's game threads, to show where they are when something is late */
    private static String gameThreads() {
        StringBuilder out = new StringBuilder("game threads:\n");
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            if (!e.getKey().getName().contains("-game-")) {
                continue;
            }
            out.append("  ")
                    .append(e.getKey().getName())
                    .append(' ')
                    .append(e.getKey().getState())
                    .append('\n');
            StackTraceElement[] stack = e.getValue();
            for (int i = 0; i < Math.min(stack.length, 14); i++) {
                out.append("    at ").append(stack[i]).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(STALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
