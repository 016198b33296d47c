package io.mozart.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.charge.SyncPointResponse;
import io.mozart.server.protocol.cluster.ClusterPackets;
import io.mozart.server.protocol.cluster.LinkMessage;
import io.mozart.server.protocol.planet.Ping;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every registered record states its direction as a type, and that type is the direction of its opcode's group in
 * {@link Opcodes} (which follows the spec's C→S / S→C columns): a request is a {@link ClientMessage}, a response or
 * notice a {@link ServerMessage}, the two pings that travel both ways (spec 01 §4.5–4.6) are both; on the internal
 * link a GatewayCommand is a {@link LinkMessage.FromGateway} and a ChannelCommand a {@link LinkMessage.FromChannel}.
 */
class MessageDirectionTest {

    private static final List<Class<?>> DIRECTIONS = List.of(
            ClientMessage.class, ServerMessage.class, LinkMessage.FromGateway.class, LinkMessage.FromChannel.class);

    /** @return opcode → the group classes of {@link Opcodes} that declare it */
    private static Map<Integer, Set<String>> groups() throws IllegalAccessException {
        Map<Integer, Set<String>> groups = new HashMap<>();
        for (Class<?> group : Opcodes.class.getDeclaredClasses()) {
            for (Field f : group.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                    groups.computeIfAbsent(f.getInt(null), k -> new HashSet<>()).add(group.getSimpleName());
                }
            }
        }
        return groups;
    }

    private static Set<Class<?>> expected(String group) {
        return switch (group) {
            case "Request" -> Set.of(ClientMessage.class);
            case "Response", "Notice" -> Set.of(ServerMessage.class);
            case "Generic" -> Set.of(ClientMessage.class, ServerMessage.class);
            case "GatewayCommand" -> Set.of(LinkMessage.FromGateway.class);
            case "ChannelCommand" -> Set.of(LinkMessage.FromChannel.class);
            default -> throw new AssertionError("an Opcodes group this test does not know: " + group);
        };
    }

    private static Set<Class<?>> directions(Class<?> type) {
        Set<Class<?>> found = new HashSet<>();
        for (Class<?> d : DIRECTIONS) {
            if (d.isAssignableFrom(type)) {
                found.add(d);
            }
        }
        return found;
    }

    private static void checkRegistry(PacketRegistry registry, int expectedSize) throws IllegalAccessException {
        Map<Integer, Set<String>> groups = groups();
        assertEquals(expectedSize, registry.types().size());
        for (PacketType<?> t : registry.types()) {
            Class<?> type = t.type();
            String what = type.getName() + " at " + PacketType.hex(t.opcode());
            assertTrue(type.isRecord(), what + " is a record");
            assertTrue(type.getPackageName().startsWith("io.mozart.server.protocol."), what + " is in the protocol");
            Set<String> group = groups.get(t.opcode());
            assertEquals(1, group == null ? 0 : group.size(), what + " is in exactly one Opcodes group: " + group);
            Set<Class<?>> expected = expected(group.iterator().next());
            assertEquals(expected, directions(type), what + " (" + group + ")");
            assertEquals(
                    expected.size() == 2,
                    group.contains("Generic"),
                    what + ": only a both-ways opcode has two directions");
        }
    }

    @Test
    void everyClientProtocolRecordHasItsOpcodesDirection() throws IllegalAccessException {
        checkRegistry(MozartProtocol.registry(), 134);
    }

    @Test
    void everyLinkRecordHasItsOpcodesDirection() throws IllegalAccessException {
        checkRegistry(ClusterPackets.registry(), 12);
    }

    @Test
    void onlyTheTwoPingsTravelBothWays() {
        List<String> both = new ArrayList<>();
        for (PacketType<?> t : MozartProtocol.registry().types()) {
            if (directions(t.type()).size() != 1) {
                both.add(t.type().getSimpleName());
            }
        }
        both.sort(null);
        assertEquals(List.of("LegacyPing", "Ping"), both);
    }

    @Test
    void noClassOfTheProtocolTreeClaimsADirectionWithoutARegistration() throws IOException, URISyntaxException {
        PacketRegistry client = MozartProtocol.registry();
        PacketRegistry link = ClusterPackets.registry();
        Path root = Path.of(ServerMessage.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path tree = root.resolve("io/mozart/server/protocol");
        List<String> stray = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                Class<?> type = load(name);
                if (type.isInterface() || directions(type).isEmpty()) {
                    continue;
                }
                seen++;
                if (!client.contains(type) && !link.contains(type)) {
                    stray.add(name);
                }
            }
        }
        assertEquals(List.of(), stray);
        assertEquals(134 + 12, seen);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessageDirectionTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    void aReplyIsOneServerMessageOrSeveralInOrder() {
        ServerMessage first = new SyncPointResponse(1);
        ServerMessage second = Ping.INSTANCE;
        assertEquals(List.of(first, second), ((Reply.Many) Reply.of(first, second)).messages());
        assertEquals(List.of(second, first), ((Reply.Many) Reply.of(List.of(second, first))).messages());
        assertEquals(List.of(), ((Reply.Many) Reply.of(List.of())).messages());
        assertFalse(Reply.class.isAssignableFrom(ClientMessage.class), "a request is no reply");
        assertEquals(Set.of(ServerMessage.class, Reply.Many.class), Set.of(Reply.class.getPermittedSubclasses()));
    }
}
