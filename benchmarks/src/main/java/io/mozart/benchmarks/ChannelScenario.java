package io.mozart.benchmarks;

import io.mozart.api.ChannelOptions;
import io.mozart.api.ConnectionLimits;
import io.mozart.api.MozartServer;
import io.mozart.api.SecurityOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.metrics.MetricsSink;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.client.Bot;
import io.mozart.encore.pipeline.PipelineNames;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.GetCharacterInfoRequest;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;
import io.mozart.server.protocol.waiting.UserReadyStateChangedNotice;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.memory.MemoryStorage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * LoadTool's {@code channels} scenario: C channels × N players, every player in a room of up to 8 playing a game and
 * sending UpdateGameStats at a fixed rate, plus lobby chat in every channel, for a fixed time; reports the stats
 * relay's and the chat's deliveries, throughput and latency.
 *
 * <p>Each player is a {@link Bot} on its own loopback connection (the bots share the client's event-loop threads).
 * The game flow is the client's: Authorize, ChannelLogin, GetCharacterInfo, CreateRoom (first of a room) or
 * JoinWaiting + Ready (the others), SetRoomMusic, StartGame, ConfirmMusicLoaded; the room is ready once every
 * member has seen everyone's MusicLoaded. A stats send carries a per-player sequence number as its JAM value; the
 * relay GameStatsUpdate brings back the sender's slot and that value, which find the send time. A chat line carries
 * its number as its text. Arrivals are counted and timed on the client's I/O threads, before the bot's inbox.
 *
 * <p>Lobby chat: every channel sends {@code chatPerSecond} lines a second, the channel's players taking turns (at
 * 100 players and 1 line/s each player chats once every 100 s). Lobby chat goes to every player of the server
 * (spec 02 §5.10), so a line is expected C × N times.
 *
 * <p>Only sends in the measured window (after the warm-up) count; after the window the tool waits until everything
 * expected has arrived, or nothing has for 3 s, or 15 s have passed.
 */
final class ChannelScenario {

    /** Send times kept per player: stats older than this many sends cannot be matched any more. */
    private static final int RING = 1024;
    /** The music every room plays (the scenario's one-song catalogue). */
    private static final int MUSIC = 1;
    /** Slots of a room. */
    static final int ROOM_MAX = 8;

    /**
     * The scenario's knobs.
     *
     * @param channels      channels (ids 0..channels-1), each with capacity {@code perChannel}
     * @param perChannel    players per channel
     * @param roomSize      players per room (1..8; the last room of a channel may have fewer)
     * @param hz            UpdateGameStats per player per second
     * @param seconds       measured seconds
     * @param warmupSeconds seconds of load before the measured window
     * @param chatPerSecond lobby chat lines per channel per second (0 = none)
     * @param storage       {@code memory} or {@code sqlite}
     */
    record Settings(
            int channels,
            int perChannel,
            int roomSize,
            double hz,
            int seconds,
            int warmupSeconds,
            double chatPerSecond,
            String storage) {
        Settings {
            if (channels < 1 || channels > 100 || perChannel < 1 || channels * perChannel > 10_000) {
                throw new IllegalArgumentException(
                        "channels must be 1..100, per-channel at least 1, at most 10000" + " players in all");
            }
            if (roomSize < 1 || roomSize > ROOM_MAX) {
                throw new IllegalArgumentException("room size must be 1..8");
            }
            if (!(hz > 0 && hz <= 100) || seconds < 1 || warmupSeconds < 0 || !(chatPerSecond >= 0)) {
                throw new IllegalArgumentException(
                        "hz must be in (0, 100], seconds at least 1, warm-up and chat rate" + " not negative");
            }
            if (!storage.equals("memory") && !storage.equals("sqlite")) {
                throw new IllegalArgumentException("storage must be memory or sqlite");
            }
        }

        int players() {
            return channels * perChannel;
        }
    }

    /**
     * What one run measured.
     *
     * @param statsSent      UpdateGameStats sent in the window
     * @param statsExpected  relays those sends should produce (room size each)
     * @param statsDelivered relays of those sends that arrived
     * @param statsLatency   their latency
     * @param chatLines      chat lines sent in the window
     * @param chatExpected   chat frames those lines should produce (every player each)
     * @param chatDelivered  chat frames of those lines that arrived
     * @param chatLatency    their latency
     * @param seconds        length of the window
     * @param cpuNanos       CPU time of this JVM (server and clients) during the window
     */
    record Result(
            long statsSent,
            long statsExpected,
            long statsDelivered,
            LatencyHistogram statsLatency,
            long chatLines,
            long chatExpected,
            long chatDelivered,
            LatencyHistogram chatLatency,
            double seconds,
            long cpuNanos) {}

    /** One player: its bot, its room and the send times of its stats. */
    private static final class Member {
        final Bot bot;
        final Table table;
        final AtomicLongArray sentAt = new AtomicLongArray(RING);
        int slot;
        int sequence;
        volatile ScheduledFuture<?> sender;

        Member(Bot bot, Table table) {
            this.bot = bot;
            this.table = table;
        }
    }

    /** One room: its channel and its members by slot. */
    private static final class Table {
        final int channel;
        final int index;
        final List<String> tokens;
        final Member[] bySlot = new Member[ROOM_MAX];
        final List<Member> members = new ArrayList<>();

        Table(int channel, int index, List<String> tokens) {
            this.channel = channel;
            this.index = index;
            this.tokens = tokens;
        }
    }

    private final Settings settings;
    private final LongAdder statsSent = new LongAdder();
    private final LongAdder statsExpected = new LongAdder();
    private final LongAdder statsDelivered = new LongAdder();
    private final LongAdder statsUnmatched = new LongAdder();
    private final LongAdder chatLines = new LongAdder();
    private final LongAdder chatDelivered = new LongAdder();
    private final LatencyHistogram statsLatency = new LatencyHistogram();
    private final LatencyHistogram chatLatency = new LatencyHistogram();
    private final AtomicLong chatNumber = new AtomicLong();
    private AtomicLongArray chatSentAt;
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureUntil = Long.MAX_VALUE;
    private volatile long lastArrival;
    private int connected;

    ChannelScenario(Settings settings) {
        this.settings = settings;
    }

    /**
     * Starts a server, runs the scenario against it, stops everything and prints the report.
     *
     * @param s the settings
     * @return the figures
     * @throws Exception when the setup fails
     */
    static Result run(Settings s) throws Exception {
        return new ChannelScenario(s).run();
    }

    private Result run() throws Exception {
        Path dir = Files.createTempDirectory("mozart-load");
        Storage storage =
                settings.storage().equals("sqlite") ? JdbiStorage.sqlite(dir.resolve("O2JAM.db")) : new MemoryStorage();
        List<ChannelOptions> channels = new ArrayList<>();
        for (int c = 0; c < settings.channels(); c++) {
            channels.add(ChannelOptions.of(c).withCapacity(settings.perChannel()));
        }
        ServerOptions options = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .channels(channels)
                .allowSoloInVersus(true)
                .maxConnections(0)
                .limits(ConnectionLimits.DEFAULTS.withPerAddress(0))
                // Throw-away accounts: a cheap password hash; no chat limit (the tool sets the chat rate itself).
                .security(new SecurityOptions(1, 6, 0, 10))
                .build();
        MetadataProvider metadata = MetadataProvider.of(
                MusicCatalogue.of(List.of(Music.basic(MUSIC, 10, 20, 30, 500, 600, 700))),
                ItemCatalogue.empty(),
                AlbumCatalogue.empty());
        MozartServerImpl server = new MozartServerImpl(
                new MozartServer.Settings(options, storage, metadata, List.of(), List.of(), MetricsSink.NONE),
                Clock.systemUTC(),
                new SecureRandom());
        List<Table> tables = new ArrayList<>();
        ScheduledExecutorService chatTimer = Executors.newSingleThreadScheduledExecutor();
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Mozart load tool, channels scenario: %d channels x %d players (%d), rooms of %d, stats at %.1f Hz,"
                            + " %.2f lobby chat lines/s per channel, %d s + %d s warm-up, %s storage, %d cores%n",
                    settings.channels(),
                    settings.perChannel(),
                    settings.players(),
                    settings.roomSize(),
                    settings.hz(),
                    settings.chatPerSecond(),
                    settings.seconds(),
                    settings.warmupSeconds(),
                    settings.storage(),
                    Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            int n = 0;
            for (int c = 0; c < settings.channels(); c++) {
                for (int first = 0; first < settings.perChannel(); first += settings.roomSize()) {
                    int size = Math.min(settings.roomSize(), settings.perChannel() - first);
                    List<String> tokens = new ArrayList<>(size);
                    for (int k = 0; k < size; k++, n++) {
                        String name = "load" + n;
                        server.auth().register(name, "password", Gender.MALE, false);
                        tokens.add(server.auth().authenticate(name, "password", "127.0.0.1"));
                    }
                    tables.add(new Table(c, tables.size(), tokens));
                }
            }
            LoadTool.report("register + authenticate (sequential, 1 PBKDF2 iteration)", n, t0);

            t0 = System.nanoTime();
            ExecutorService setup = Executors.newFixedThreadPool(Math.min(tables.size(), 32));
            try {
                List<Callable<Table>> tasks = new ArrayList<>();
                for (Table t : tables) {
                    tasks.add(() -> seat(server.port(), t));
                }
                for (Future<Table> f : setup.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                setup.shutdownNow();
            }
            LoadTool.report("login, character info, room, start, loaded (32 at a time)", connected, t0);
            return measure(tables, chatTimer, server);
        } finally {
            chatTimer.shutdownNow();
            for (Table t : tables) {
                for (Member m : t.members) {
                    if (m.sender != null) {
                        m.sender.cancel(false);
                    }
                }
            }
            for (Table t : tables) {
                for (Member m : t.members) {
                    m.bot.close();
                }
            }
            server.close();
            storage.close();
        }
    }

    /** Logs the table's players in, seats them in one room and starts its game; returns when all have loaded. */
    private Table seat(int port, Table t) {
        Bot master = login(port, t.channel, t.tokens.get(0));
        Member m0 = new Member(master, t);
        add(t, m0, 0);
        CreateRoomResponse created = master.createRoom("load " + t.channel + "-" + t.index, "");
        if (created.result() != 0) {
            throw new IllegalStateException("create room refused: " + created.result());
        }
        int number = created.number();
        for (int k = 1; k < t.tokens.size(); k++) {
            Bot bot = login(port, t.channel, t.tokens.get(k));
            Member m = new Member(bot, t);
            JoinRoomResponse joined = bot.joinRoom(number, 0, "");
            if (joined.result() != JoinRoomResponse.SUCCESS) {
                bot.close();
                throw new IllegalStateException("join refused: " + joined.result());
            }
            add(t, m, joined.info().index());
            bot.ready();
            // The master sees the ready flag before StartGame (another session's requests are not ordered with
            // the master's).
            while (true) {
                UserReadyStateChangedNotice r = master.await(UserReadyStateChangedNotice.class);
                if (r.memberId() == m.slot && r.ready()) {
                    break;
                }
            }
        }
        master.music(MUSIC, 0, 1);
        StartGameNotice start = master.startGame();
        if (start.result() != StartResult.SUCCESS.wire()) {
            throw new IllegalStateException("start refused: " + start.result());
        }
        for (Member m : t.members) {
            m.bot.musicLoaded();
        }
        for (Member m : t.members) {
            int loaded = 0;
            while (loaded < t.members.size()) {
                if (m.bot.await(MusicLoadedNotice.class).playingState() == 1) {
                    loaded++;
                }
            }
        }
        return t;
    }

    private static Bot login(int port, int channel, String token) {
        Bot bot = Bot.connect("127.0.0.1", port);
        try {
            if (bot.authorize(token).result() != AuthResponse.SUCCESS) {
                throw new IllegalStateException("authorize refused");
            }
            // Not Bot.login: on a busy channel a lobby notice can arrive before the ChannelLogin reply.
            bot.send(new ChannelLoginRequest((short) 0, (short) channel));
            ChannelLoginResponse entered = bot.await(ChannelLoginResponse.class);
            if (entered.result() != ChannelLoginResponse.SUCCESS) {
                throw new IllegalStateException("channel login refused: " + entered.result());
            }
            // Not Bot.characterInfo(), for the same reason.
            bot.send(GetCharacterInfoRequest.INSTANCE);
            bot.await(CharacterInfoResponse.class);
            return bot;
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    private void add(Table t, Member m, int slot) {
        m.slot = slot;
        synchronized (t) {
            t.bySlot[slot] = m;
            t.members.add(m);
        }
        synchronized (this) {
            connected++;
        }
    }

    private Result measure(List<Table> tables, ScheduledExecutorService chatTimer, MozartServerImpl server)
            throws InterruptedException {
        List<List<Member>> byChannel = new ArrayList<>();
        for (int c = 0; c < settings.channels(); c++) {
            byChannel.add(new ArrayList<>());
        }
        int players = 0;
        for (Table t : tables) {
            byChannel.get(t.channel).addAll(t.members);
            players += t.members.size();
            for (Member m : t.members) {
                m.bot.client().channel().pipeline().addAfter(PipelineNames.PACKET_DECODER, "load-meter", new Meter(t));
            }
        }
        long window = TimeUnit.SECONDS.toNanos(settings.seconds());
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        measureFrom = start + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
        measureUntil = measureFrom + window;
        long lines = (long) Math.ceil(settings.chatPerSecond()
                        * settings.channels()
                        * (settings.seconds() + settings.warmupSeconds() + 1))
                + 16;
        chatSentAt = new AtomicLongArray((int) Math.min(lines, 1 << 24));
        long period = (long) (1e9 / settings.hz());
        for (Table t : tables) {
            for (Member m : t.members) {
                Channel ch = m.bot.client().channel();
                long phase = ThreadLocalRandom.current().nextLong(period);
                m.sender = ch.eventLoop()
                        .scheduleAtFixedRate(
                                () -> sendStats(m),
                                Math.max(0, start - System.nanoTime() + phase),
                                period,
                                TimeUnit.NANOSECONDS);
            }
        }
        if (settings.chatPerSecond() > 0) {
            long chatPeriod = (long) (1e9 / settings.chatPerSecond());
            for (List<Member> channel : byChannel) {
                long phase = ThreadLocalRandom.current().nextLong(chatPeriod);
                int[] turn = {ThreadLocalRandom.current().nextInt(channel.size())};
                chatTimer.scheduleAtFixedRate(
                        () -> sendChat(channel.get(turn[0]++ % channel.size())),
                        Math.max(0, start - System.nanoTime() + phase),
                        chatPeriod,
                        TimeUnit.NANOSECONDS);
            }
        }
        sleepUntil(measureFrom);
        long cpu0 = processCpuNanos();
        Map<Long, Long> threads0 = threadCpu();
        sleepUntil(measureUntil);
        long cpu1 = processCpuNanos();
        Map<Long, Long> threads1 = threadCpu();
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        chatTimer.shutdownNow();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long quiet = TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < giveUp
                && System.nanoTime() - Math.max(lastArrival, measureUntil) < quiet
                && (statsDelivered.sum() < statsExpected.sum() || chatDelivered.sum() < chatLines.sum() * players)) {
            Thread.sleep(100);
        }
        Result r = new Result(
                statsSent.sum(),
                statsExpected.sum(),
                statsDelivered.sum(),
                statsLatency,
                chatLines.sum(),
                chatLines.sum() * players,
                chatDelivered.sum(),
                chatLatency,
                window / 1e9,
                cpu1 - cpu0);
        print(r, loadAverage);
        printThreads(threads0, threads1, r.seconds());
        System.out.printf(Locale.ROOT, "server metrics: %s%n", server.encore().metrics());
        return r;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** @return CPU nanoseconds of every live thread, by thread id */
    private static Map<Long, Long> threadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) {
                out.put(id, t);
            }
        }
        return out;
    }

    /** Prints the window's CPU by thread family (the name without its numbers), largest first. */
    private static void printThreads(Map<Long, Long> before, Map<Long, Long> after, double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> byFamily = new TreeMap<>();
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            ThreadInfo info = mx.getThreadInfo(e.getKey());
            String family = info == null ? "(ended)" : info.getThreadName().replaceAll("[0-9]+", "#");
            byFamily.merge(family, e.getValue() - before.getOrDefault(e.getKey(), 0L), Long::sum);
        }
        StringBuilder line = new StringBuilder("CPU by thread family (cores):");
        byFamily.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .forEach(e ->
                        line.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue() / 1e9 / seconds)));
        System.out.println(line);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Runs on the member's event loop. */
    private void sendStats(Member m) {
        long now = System.nanoTime();
        if (now >= measureUntil) {
            ScheduledFuture<?> self = m.sender;
            if (self != null) {
                self.cancel(false);
            }
            return;
        }
        int value = ++m.sequence & 0xFFFF;
        m.sentAt.set(value % RING, now);
        m.bot.send(new UpdateGameStatsRequest(1, value, m.sequence, m.sequence * 10L, 0));
        if (now >= measureFrom) {
            statsSent.increment();
            statsExpected.add(m.table.members.size());
        }
    }

    private void sendChat(Member m) {
        long now = System.nanoTime();
        long number = chatNumber.getAndIncrement();
        if (now >= measureUntil || number >= chatSentAt.length()) {
            return;
        }
        chatSentAt.set((int) number, now);
        byte[] text = (number + "\0").getBytes(StandardCharsets.US_ASCII);
        m.bot.send(new SendMainRoomMessageRequest(text));
        if (now >= measureFrom) {
            chatLines.increment();
        }
    }

    /** Counts and times the stats relays and chat lines one member receives; passes everything else on. */
    private final class Meter extends ChannelInboundHandlerAdapter {
        private final Table table;

        Meter(Table table) {
            this.table = table;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            long now = System.nanoTime();
            if (msg instanceof GameStatsUpdateNotice n) {
                Member sender = n.memberId() < ROOM_MAX ? table.bySlot[n.memberId()] : null;
                if (sender == null) {
                    statsUnmatched.increment();
                    return;
                }
                long sent = sender.sentAt.get(n.value() % RING);
                if (sent >= measureFrom && sent < measureUntil) {
                    statsDelivered.increment();
                    statsLatency.record(now - sent);
                    lastArrival = now;
                }
            } else if (msg instanceof MainRoomUserMessageResponse chat) {
                int number = parse(chat.content());
                long sent = number < 0 || number >= chatSentAt.length() ? 0 : chatSentAt.get(number);
                if (sent >= measureFrom && sent < measureUntil) {
                    chatDelivered.increment();
                    chatLatency.record(now - sent);
                    lastArrival = now;
                }
            } else {
                ctx.fireChannelRead(msg);
            }
        }
    }

    private static int parse(byte[] text) {
        int v = 0;
        int i = 0;
        for (; i < text.length && text[i] >= '0' && text[i] <= '9'; i++) {
            v = v * 10 + (text[i] - '0');
        }
        return i == 0 || i > 9 ? -1 : v;
    }

    private void print(Result r, double loadAverage) {
        System.out.printf(
                Locale.ROOT,
                "stats relays   %,12d of %,12d delivered (%.2f %%) = %,10.0f relays/s; latency p50 %s, p99 %s,"
                        + " max %s; %,d of %,d stats sent%n",
                r.statsDelivered(),
                r.statsExpected(),
                percent(r.statsDelivered(), r.statsExpected()),
                r.statsDelivered() / r.seconds(),
                ms(r.statsLatency().percentileMicros(0.5)),
                ms(r.statsLatency().percentileMicros(0.99)),
                ms(r.statsLatency().maxMicros()),
                r.statsSent(),
                Math.round(settings.players() * settings.hz() * settings.seconds()));
        System.out.printf(
                Locale.ROOT,
                "lobby chat     %,12d of %,12d delivered (%.2f %%) = %,10.0f frames/s; latency p50 %s, p99 %s,"
                        + " max %s; %,d of %,d lines sent%n",
                r.chatDelivered(),
                r.chatExpected(),
                percent(r.chatDelivered(), r.chatExpected()),
                r.chatDelivered() / r.seconds(),
                ms(r.chatLatency().percentileMicros(0.5)),
                ms(r.chatLatency().percentileMicros(0.99)),
                ms(r.chatLatency().maxMicros()),
                r.chatLines(),
                Math.round(settings.channels() * settings.chatPerSecond() * settings.seconds()));
        long frames = r.statsDelivered() + r.chatDelivered();
        System.out.printf(
                Locale.ROOT,
                "CPU of this JVM (server + %d bot connections) in the %.0f s window: %.1f s = %.2f cores, %.1f µs per"
                        + " delivered frame; load average %.1f%s%n",
                connected,
                r.seconds(),
                r.cpuNanos() / 1e9,
                r.cpuNanos() / 1e9 / r.seconds(),
                frames == 0 ? 0.0 : r.cpuNanos() / 1e3 / frames,
                loadAverage,
                statsUnmatched.sum() == 0 ? "" : "; " + statsUnmatched.sum() + " relays from an unknown slot");
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.3f ms", micros / 1000.0);
    }
}
