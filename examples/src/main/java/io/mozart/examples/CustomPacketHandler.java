package io.mozart.examples;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.event.ChatMessage;
import io.mozart.api.event.Subscription;
import io.mozart.api.extension.PacketContext;
import io.mozart.api.extension.RawPacket;
import io.mozart.api.extension.Requirement;
import io.mozart.examples.plugin.ServerTimePackets;
import io.mozart.examples.plugin.ServerTimeReply;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extending the protocol: a new opcode with typed records (a "server time" query, declared with the
 * same field templates as the built-in packets in {@link ServerTimePackets}), a replaced built-in one
 * handled as raw bytes (Announce 0x07DF), and a chat filter on the event bus.
 *
 * <pre>
 * java io.mozart.examples.CustomPacketHandler [port]
 * </pre>
 */
public final class CustomPacketHandler {

    /** Client → server: "what time is it?", empty body. Not an O2JamO2 opcode. */
    public static final int SERVER_TIME_REQUEST = ServerTimePackets.REQUEST_OPCODE;
    /** Server → client: the answer, body = the server's time in epoch milliseconds (i64, little-endian). */
    public static final int SERVER_TIME_RESPONSE = ServerTimePackets.REPLY_OPCODE;
    /** Announce, client → server (spec 02 §5.10): body = NUL-terminated UTF-8 text. */
    public static final int ANNOUNCE = 0x07DF;
    /** Announcement, server → client: body = NUL-terminated UTF-8 text. */
    public static final int ANNOUNCEMENT = 0x07E0;
    /** What the replaced Announce puts in front of the text. */
    public static final String ANNOUNCE_PREFIX = "[Notice] ";

    private static final Logger LOG = LoggerFactory.getLogger(CustomPacketHandler.class);

    private CustomPacketHandler() {}

    /**
     * Starts the server with the extensions and waits for Ctrl-C.
     *
     * @param args optional port
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        final int port = args.length > 0 ? Integer.parseInt(args[0]) : ServerOptions.DEFAULT_PORT;
        final MozartServer server = start(port, Clock.systemUTC());
        banWords(server, Set.of("noob", "cheat"));
        System.out.println("port=" + server.port());
        System.out.println("token=" + EmbeddedServer.createPlayer(server, "player1", "change-me"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mozart-shutdown"));
        server.awaitClose();
    }

    /**
     * Starts a server with the two custom handlers.
     *
     * @param port  the port, 0 for any free port
     * @param clock the clock the time query reads
     * @return the running server
     */
    public static MozartServer start(int port, Clock clock) {
        return MozartServer.builder()
                .address("127.0.0.1")
                .port(port)
                // An opcode Mozart does not know, typed: the handler gets the decoded request and returns the
                // reply record; served only to authorized connections.
                .handler(
                        ServerTimePackets.REQUEST,
                        ServerTimePackets.REPLY,
                        Requirement.AUTHORIZED,
                        (ctx, request) -> new ServerTimeReply(clock.millis()))
                // An opcode Mozart knows, as raw bytes: this handler replaces the built-in one.
                .handler(ANNOUNCE, Requirement.IN_CHANNEL, CustomPacketHandler::announce)
                .start();
    }

    /**
     * Drops every chat line (lobby, room, whisper) that contains one of the words, in any case.
     *
     * @param server the running server
     * @param words  the banned words
     * @return the subscription; close it to lift the ban
     */
    public static Subscription banWords(MozartServer server, Set<String> words) {
        final Set<String> lower =
                words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        // Runs on a game thread before the line is delivered: keep it quick, no I/O.
        return server.events().on(ChatMessage.class, line -> {
            final String text = line.text().toLowerCase(Locale.ROOT);
            if (lower.stream().anyMatch(text::contains)) {
                line.cancel("banned word");
            }
        });
    }

    /**
     * The replaced Announce: administrators only, as before; the line is logged and broadcast to every
     * player of the server with a prefix.
     */
    private static void announce(PacketContext ctx, RawPacket packet) {
        final String text = cString(packet.body());
        if (!ctx.administrator()) {
            LOG.info("announcement from non-administrator {} dropped", ctx.nickname());
            return;
        }
        LOG.info("announcement from {} in channel {}: {}", ctx.nickname(), ctx.channelId(), text);
        ctx.broadcastToServer(ANNOUNCEMENT, cStringBytes(ANNOUNCE_PREFIX + text));
    }

    /**
     * @param millis epoch milliseconds
     * @return the body of {@link #SERVER_TIME_RESPONSE}
     */
    public static byte[] encodeTime(long millis) {
        return ByteBuffer.allocate(Long.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(millis)
                .array();
    }

    /**
     * @param body the body of {@link #SERVER_TIME_RESPONSE}
     * @return epoch milliseconds
     * @throws IllegalArgumentException when the body is not 8 bytes
     */
    public static long decodeTime(byte[] body) {
        if (body.length != Long.BYTES) {
            throw new IllegalArgumentException("server time body must be 8 bytes, got " + body.length);
        }
        return ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /**
     * @param body bytes holding UTF-8 text, normally followed by a NUL
     * @return the text before the first NUL (all of it when there is none)
     */
    public static String cString(byte[] body) {
        int end = 0;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * @param text text without NUL characters
     * @return its UTF-8 bytes followed by a NUL
     */
    public static byte[] cStringBytes(String text) {
        final byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        final byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, utf8.length);
        return out;
    }
}
