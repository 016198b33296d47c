package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.client.Bot;
import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Phase;
import io.mozart.server.game.Player;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.planet.LegacyPing;
import io.mozart.server.protocol.planet.Ping;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's fuzz test: every registered opcode, in every phase a client can be in (connected, authorized, in a
 * channel, in a room, playing), with mutated bodies: random, truncated, extended and bit-flipped versions of a
 * body that decodes. A bystander's ping must be answered after every opcode, and no handler may throw (the
 * engine's handler-failure counter stays at 0). Bad bodies are dropped by the decoder with a log line; that is
 * allowed, a thrown handler is not.
 *
 * <p>{@code mvn verify} sends a few thousand frames; {@code -Dmozart.fuzz.frames=1000000} raises the total (the
 * figures of such a run are in docs/performance.md). {@code -Dmozart.fuzz.seed=N} repeats a run.
 */
class ProtocolFuzzIT {

    private static final int FRAMES = Integer.getInteger("mozart.fuzz.frames", 4000);
    private static final long SEED = Long.getLong("mozart.fuzz.seed", System.nanoTime());
    /** Largest fuzzed body: well inside a frame, so that echoes of fuzzed chat still fit one. */
    private static final int MAX_BODY = 2048;

    private static final Duration PING_BOUND = Duration.ofSeconds(10);
    /** The fuzzed connection's own requests may write to SQLite; its queue gets longer to drain. */
    private static final Duration SYNC_BOUND = Duration.ofSeconds(60);

    private static final PacketRegistry REGISTRY = Bot.registry();

    private final Random random = new Random(SEED);
    private int users;

    @Test
    void everyOpcodeInEveryPhaseWithMutatedBodies() {
        List<PacketType<?>> types = new ArrayList<>(REGISTRY.types());
        types.sort(Comparator.comparingInt(PacketType::opcode));
        Map<Integer, byte[]> seeds = new LinkedHashMap<>();
        for (PacketType<?> t : types) {
            seeds.put(t.opcode(), seed(t));
        }
        Phase[] phases = Phase.values();
        int perType = Math.max(4, FRAMES / (phases.length * types.size()));
        long frames = 0;
        long rebuilds = 0;
        long started = System.nanoTime();
        try (TestServer server = GameIT.server(b -> {})) {
            EncoreServer encore = server.server().encore();
            try (Bot bystander = server.bot()) {
                bystander.authorize(server.register("bystander"));
                for (Phase phase : phases) {
                    EncoreClient fuzzer = enter(server, phase);
                    for (PacketType<?> t : types) {
                        byte[] seed = seeds.get(t.opcode());
                        for (int k = 0; k < perType; k++) {
                            fuzzer.sendRaw(frame(t.opcode(), mutate(seed, k)));
                            frames++;
                            if (k % 64 == 63) {
                                sync(fuzzer, t, phase);
                            }
                        }
                        sync(fuzzer, t, phase);
                        long t0 = System.nanoTime();
                        bystander.send(Ping.INSTANCE);
                        bystander.await(Ping.class);
                        long took = System.nanoTime() - t0;
                        assertTrue(
                                took < PING_BOUND.toNanos(),
                                "bystander waited " + took / 1_000_000 + " ms after " + t + " in " + phase);
                        assertEquals(
                                0,
                                encore.metrics().handlerErrors(),
                                "a handler threw on fuzzed " + t + " in phase " + phase + " (seed " + SEED + ")");
                        if (!fuzzer.isConnected() || phaseOf(encore, fuzzer) != phase) {
                            fuzzer.close();
                            fuzzer = enter(server, phase);
                            rebuilds++;
                        }
                    }
                    fuzzer.close();
                }
                bystander.send(Ping.INSTANCE);
                bystander.await(Ping.class);
            }
            assertEquals(0, encore.metrics().handlerErrors());
            System.out.printf(
                    "fuzz: %d frames, %d opcodes x %d phases, %d re-entries, %d decode errors, "
                            + "%d guard rejections, %d unknown opcodes, %d s, seed %d%n",
                    frames,
                    types.size(),
                    phases.length,
                    rebuilds,
                    encore.metrics().decodeErrors(),
                    encore.metrics().guardRejections(),
                    encore.metrics().unknownOpcodes(),
                    (System.nanoTime() - started) / 1_000_000_000L,
                    SEED);
        }
    }

    /** A body that decodes: random bytes of growing length until the codec accepts one, re-encoded. */
    private byte[] seed(PacketType<?> type) {
        for (int attempt = 0; attempt < 4000; attempt++) {
            byte[] candidate = new byte[random.nextInt(8 + attempt / 8)];
            random.nextBytes(candidate);
            if (attempt % 2 == 0) {
                // Zeros end strings and make counts small: most codecs accept them.
                Arrays.fill(candidate, random.nextInt(Math.max(1, candidate.length)), candidate.length, (byte) 0);
            }
            ByteBuf in = Unpooled.wrappedBuffer(candidate);
            try {
                Object value = PacketRegistry.decodeBody(type, in);
                ByteBuf out = Unpooled.buffer();
                try {
                    writeBody(type, value, out);
                    byte[] body = new byte[out.readableBytes()];
                    out.readBytes(body);
                    return body;
                } catch (RuntimeException e) {
                    // Decodes but does not encode back; try another.
                } finally {
                    out.release();
                }
            } catch (RuntimeException e) {
                // Not a valid body; try another.
            } finally {
                in.release();
            }
        }
        return new byte[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeBody(PacketType<T> type, Object value, ByteBuf out) {
        type.codec().write(out, (T) value);
    }

    /** Random, truncated, extended or bit-flipped. */
    private byte[] mutate(byte[] seed, int k) {
        switch (k % 4) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(random.nextBoolean() ? 16 : MAX_BODY)];
                random.nextBytes(b);
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(seed, seed.length == 0 ? 0 : random.nextInt(seed.length));
            }
            case 2 -> {
                int extra = 1 + random.nextInt(random.nextBoolean() ? 8 : MAX_BODY - seed.length);
                byte[] b = Arrays.copyOf(seed, Math.min(MAX_BODY, seed.length + extra));
                for (int i = seed.length; i < b.length; i++) {
                    b[i] = (byte) random.nextInt(256);
                }
                return b;
            }
            default -> {
                byte[] b = seed.length == 0 ? new byte[1 + random.nextInt(8)] : seed.clone();
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
        }
    }

    private static byte[] frame(int opcode, byte[] body) {
        int length = 4 + body.length;
        byte[] f = new byte[length];
        f[0] = (byte) length;
        f[1] = (byte) (length >>> 8);
        f[2] = (byte) opcode;
        f[3] = (byte) (opcode >>> 8);
        System.arraycopy(body, 0, f, 4, body.length);
        return f;
    }

    /** Waits until the server handled everything sent so far (LegacyPing works in every phase). */
    private static void sync(EncoreClient c, PacketType<?> type, Phase phase) {
        if (!c.isConnected()) {
            return;
        }
        c.send(LegacyPing.INSTANCE);
        long deadline = System.nanoTime() + SYNC_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            Object o = c.receive(Duration.ofMillis(200));
            if (o instanceof LegacyPing || (o == null && !c.isConnected())) {
                return;
            }
        }
        throw new AssertionError(
                "the fuzzed connection got no LegacyPing answer in " + SYNC_BOUND + " after " + type + " in " + phase);
    }

    private static Phase phaseOf(EncoreServer encore, EncoreClient c) {
        int port = ((InetSocketAddress) c.channel().localAddress()).getPort();
        for (Session s : encore.sessions()) {
            if (s.remoteAddress() instanceof InetSocketAddress a && a.getPort() == port) {
                return Player.of(s).phase();
            }
        }
        return null;
    }

    /** A new connection of a new account, brought to the phase the way the client gets there. */
    private EncoreClient enter(TestServer server, Phase phase) {
        Bot bot = server.bot();
        if (phase == Phase.CONNECTED) {
            return bot.client();
        }
        String token = server.register("fuzz" + users++);
        if (phase == Phase.AUTHORIZED) {
            bot.authorize(token);
            return bot.client();
        }
        bot.login(token, 0);
        if (phase == Phase.IN_CHANNEL) {
            return bot.client();
        }
        bot.createRoom("fuzz", "");
        if (phase == Phase.IN_ROOM) {
            return bot.client();
        }
        bot.music(1, 0, 1);
        StartGameNotice start = bot.startGame();
        assertEquals(StartResult.SUCCESS.wire(), start.result());
        bot.musicLoaded();
        bot.await(MusicLoadedNotice.class);
        return bot.client();
    }
}
