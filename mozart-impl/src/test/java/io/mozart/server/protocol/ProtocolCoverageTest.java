package io.mozart.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.route.Routes;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.protocol.charge.ChargeArbitraries;
import io.mozart.server.protocol.cluster.ClusterPackets;
import io.mozart.server.protocol.lobby.LobbyArbitraries;
import io.mozart.server.protocol.messaging.MessagingArbitraries;
import io.mozart.server.protocol.myroom.MyRoomArbitraries;
import io.mozart.server.protocol.planet.PlanetArbitraries;
import io.mozart.server.protocol.playing.PlayingArbitraries;
import io.mozart.server.protocol.ranking.RankingArbitraries;
import io.mozart.server.protocol.shop.ShopArbitraries;
import io.mozart.server.protocol.waiting.WaitingArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/protocol-coverage.md} from the code, so the table cannot drift: every opcode of
 * {@link Opcodes} with its record (from the registry a running server uses), whether a route handles it
 * (requests) or game code sends it (responses and notices). The test writes the file and fails when the
 * committed one was different, so a stale table never passes CI; commit the regenerated file.
 *
 * <p>It also checks that every registered client message has a jqwik arbitrary (so every codec is
 * round-trip tested) and that every client request has a route.
 */
class ProtocolCoverageTest {

    private static final Path DOC = Path.of("..", "docs", "protocol-coverage.md");
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java", "io", "mozart", "server");

    private static MozartServerImpl server;

    @BeforeAll
    static void start() {
        ServerOptions options = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .revokeOnStartup(false)
                .build();
        server = new MozartServerImpl(
                new MozartServer.Settings(options, null, null, List.of(), List.of()),
                Clock.systemUTC(),
                new SecureRandom());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRegisteredClientMessageHasAnArbitrary() {
        Set<Class<?>> withArbitrary = new HashSet<>();
        Stream.of(
                        PlanetArbitraries.all(),
                        LobbyArbitraries.all(),
                        MessagingArbitraries.all(),
                        RankingArbitraries.all(),
                        WaitingArbitraries.all(),
                        PlayingArbitraries.all(),
                        ShopArbitraries.all(),
                        ChargeArbitraries.all(),
                        MyRoomArbitraries.all())
                .forEach(m -> withArbitrary.addAll(m.keySet()));
        List<String> missing = MozartProtocol.registry().types().stream()
                .filter(t -> !withArbitrary.contains(t.type()))
                .map(t -> PacketType.hex(t.opcode()) + " " + t.name())
                .toList();
        assertEquals(List.of(), missing, "registered messages without a jqwik arbitrary");
    }

    @Test
    void everyRegisteredRequestHasARoute() {
        Routes routes = server.encore().routes();
        List<String> unrouted = new ArrayList<>();
        for (Entry e : entries()) {
            if (e.direction == Direction.REQUEST
                    && e.type != null
                    && routes.routesFor(e.type).isEmpty()) {
                unrouted.add(PacketType.hex(e.opcode) + " " + e.constant);
            }
        }
        assertEquals(List.of(), unrouted, "client requests without a route");
    }

    @Test
    void theCoverageDocumentIsUpToDate() throws IOException {
        String generated = render(entries());
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertEquals(committed, generated, DOC.normalize() + " was stale and has been regenerated: commit it");
    }

    private enum Direction {
        BOTH("both"),
        REQUEST("C→S"),
        RESPONSE("S→C"),
        NOTICE("S→C notice"),
        LINK("internal link");

        private final String label;

        Direction(String label) {
            this.label = label;
        }
    }

    private record Entry(int opcode, Direction direction, String constant, Class<?> type, String status) {}

    private static List<Entry> entries() {
        PacketRegistry registry = server.encore().registry();
        PacketRegistry link = ClusterPackets.registry();
        Routes routes = server.encore().routes();
        String sources = gameSources();
        Map<Class<?>, Direction> groups = new LinkedHashMap<>();
        groups.put(Opcodes.Generic.class, Direction.BOTH);
        groups.put(Opcodes.Request.class, Direction.REQUEST);
        groups.put(Opcodes.Response.class, Direction.RESPONSE);
        groups.put(Opcodes.Notice.class, Direction.NOTICE);
        groups.put(Opcodes.GatewayCommand.class, Direction.LINK);
        groups.put(Opcodes.ChannelCommand.class, Direction.LINK);
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<Class<?>, Direction> g : groups.entrySet()) {
            for (Field f : g.getKey().getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                    continue;
                }
                int opcode = constant(f);
                Direction d = g.getValue();
                PacketType<?> type = (d == Direction.LINK ? link : registry).byOpcode(opcode);
                Class<?> cls = type == null ? null : type.type();
                out.add(new Entry(opcode, d, f.getName(), cls, status(d, cls, routes, sources)));
            }
        }
        return out;
    }

    private static String status(Direction d, Class<?> cls, Routes routes, String sources) {
        if (cls == null) {
            return "not yet (no record)";
        }
        boolean routed = !routes.routesFor(cls).isEmpty();
        boolean sent = Pattern.compile("\\b" + Pattern.quote(cls.getSimpleName()) + "\\b")
                .matcher(sources)
                .find();
        if (d == Direction.LINK) {
            return sent ? "used by the gateway/channel link" : "encoded only (never used)";
        }
        return switch (d) {
            case REQUEST -> routed ? "handled" : "decoded only (no handler)";
            case BOTH -> routed ? "handled" : (sent ? "sent" : "encoded only");
            default -> sent ? "sent" : "encoded only (never sent)";
        };
    }

    private static int constant(Field f) {
        try {
            return f.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Main sources of the game (every package except the protocol records themselves). */
    private static String gameSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAIN_SOURCES.relativize(p).startsWith("protocol"))
                    .sorted()
                    .forEach(p -> {
                        try {
                            all.append(Files.readString(p, StandardCharsets.UTF_8))
                                    .append('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static final String HEADER = """
            # Protocol coverage

            Generated by `mozart-impl/src/test/java/io/mozart/server/protocol/ProtocolCoverageTest.java` from the
            opcode table (`Opcodes`), the packet registry and the routes of a running server; `mvn -B verify`
            regenerates it and fails while the committed copy is stale. Do not edit by hand.

            Status: **handled** — a route runs a handler for the request; **sent** — game code sends the
            response or notice; **encoded only** — the record and its two-way codec exist (round-trip tested)
            but nothing sends it (the reference never sends these either: spec 01 §6, item 14);
            **decoded only** — the request decodes but has no handler yet, so it is dropped with a log line;
            **not yet** — no record (the frame is logged as an unknown opcode and dropped); **used by the
            gateway/channel link** — an internal-link record (spec 06 §7) that `io.mozart.server.cluster` sends or
            handles.

            ## Summary

            | direction: status | opcodes |
            |---|---|
            """;

    private static String render(List<Entry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entry e : entries) {
            counts.merge(e.direction.label + ": " + e.status, 1, Integer::sum);
        }
        StringBuilder md = new StringBuilder();
        md.append(HEADER);
        counts.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Every opcode\n\n| opcode | dec | direction | name | record | status |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            md.append("| `")
                    .append(PacketType.hex(e.opcode))
                    .append("` | ")
                    .append(e.opcode)
                    .append(" | ")
                    .append(e.direction.label)
                    .append(" | ")
                    .append(camel(e.constant))
                    .append(" | ")
                    .append(e.type == null ? "—" : "`" + e.type.getSimpleName() + "`")
                    .append(" | ")
                    .append(e.status)
                    .append(" |\n");
        }
        return md.toString();
    }
}
