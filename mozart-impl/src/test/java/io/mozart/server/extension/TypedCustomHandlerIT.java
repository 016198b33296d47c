package io.mozart.server.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.extension.BodyCodec;
import io.mozart.api.extension.CustomPacket;
import io.mozart.api.extension.RawPacket;
import io.mozart.api.extension.Requirement;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.encore.protocol.RawFrame;
import io.mozart.server.protocol.messaging.AnnounceRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typed custom handlers over a real socket: the request is decoded with its template codec by the server's own
 * decoder (a body that fails is dropped, the connection lives on), the built-in guards apply, the reply record
 * is encoded with its codec, a built-in opcode can be replaced, and a hand-written {@link BodyCodec} works too.
 */
class TypedCustomHandlerIT {

    /** Client → server: add {@code amount} to a counter named {@code name}. */
    record Add(int amount, String name) {
        static final Codec<Add> CODEC = StructCodec.of(
                Field.of("amount", Codecs.I32, Add::amount), Field.of("name", Codecs.cstr(16), Add::name), Add::new);
    }

    /** Server → client: the new total. */
    record Total(String name, long total) {
        static final Codec<Total> CODEC = StructCodec.of(
                Field.of("name", Codecs.cstr(16), Total::name),
                Field.of("total", Codecs.I64, Total::total),
                Total::new);
    }

    /** A replacement for Announce 0x07DF with the same body, typed. */
    record Shout(String text) {
        static final Codec<Shout> CODEC = StructCodec.of(Field.of("text", Codecs.cstr(), Shout::text), Shout::new);
    }

    /** A body codec written by hand over ByteBuffer: one u16. */
    record Ping16(int value) {
        static final BodyCodec<Ping16> CODEC = new BodyCodec<>() {
            @Override
            public Ping16 decode(ByteBuffer body) {
                return new Ping16(body.getShort() & 0xFFFF);
            }

            @Override
            public byte[] encode(Ping16 value) {
                return u16(value.value());
            }
        };
    }

    /** The answer to {@link Ping16}, hand-written too. */
    record Pong16(int value) {
        static final BodyCodec<Pong16> CODEC = new BodyCodec<>() {
            @Override
            public Pong16 decode(ByteBuffer body) {
                return new Pong16(body.getShort() & 0xFFFF);
            }

            @Override
            public byte[] encode(Pong16 value) {
                return u16(value.value());
            }
        };
    }

    static byte[] u16(int value) {
        return ByteBuffer.allocate(2)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) value)
                .array();
    }

    static final CustomPacket<Add> ADD = CustomPackets.of(0x7E00, Add.class, Add.CODEC);
    static final CustomPacket<Total> TOTAL = CustomPackets.of(0x7E01, Total.class, Total.CODEC);
    static final CustomPacket<Shout> SHOUT = CustomPackets.of(0x07DF, Shout.class, Shout.CODEC);
    static final CustomPacket<Ping16> PING = new CustomPacket<>(0x7E02, Ping16.class, Ping16.CODEC);
    static final CustomPacket<Pong16> PONG = new CustomPacket<>(0x7E03, Pong16.class, Pong16.CODEC);

    private final List<String> shouts = new CopyOnWriteArrayList<>();
    private MozartServer server;
    private long total;

    @BeforeEach
    void start() {
        server = MozartServer.builder()
                .address("127.0.0.1")
                .port(0)
                .handler(ADD, TOTAL, Requirement.AUTHORIZED, (ctx, add) -> {
                    total += add.amount();
                    return new Total(add.name(), total);
                })
                .handler(SHOUT, null, Requirement.IN_CHANNEL, (ctx, shout) -> {
                    shouts.add(ctx.nickname() + ": " + shout.text());
                    return null;
                })
                .handler(PING, PONG, Requirement.NONE, (ctx, ping) -> new Pong16(ping.value() + 1))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String token(String name) {
        server.accounts().register(name, "secret", Gender.MALE, false);
        return server.accounts().authenticate(name, "secret").orElseThrow();
    }

    @Test
    void decodedRequestGetsTheTypedReply() {
        try (Bot bot = Bot.connect("127.0.0.1", server.port(), ADD, TOTAL)) {
            assertEquals(AuthResponse.SUCCESS, bot.authorize(token("adder")).result());
            bot.send(new Add(5, "apples"));
            assertEquals(new Total("apples", 5), bot.expect(Total.class));
            bot.send(new Add(-2, "apples"));
            assertEquals(new Total("apples", 3), bot.expect(Total.class));
        }
    }

    @Test
    void theBuiltInGuardAnswersBeforeAuthorize() {
        try (Bot bot = Bot.connect("127.0.0.1", server.port(), ADD, TOTAL)) {
            bot.send(new Add(1, "x"));
            assertEquals(AuthResponse.INVALID, bot.expect(AuthResponse.class));
            assertEquals(0, total, "the handler did not run");
        }
    }

    @Test
    void aBodyThatDoesNotDecodeIsDroppedAndTheConnectionLivesOn() {
        try (Bot bot = Bot.connect("127.0.0.1", server.port(), ADD, TOTAL)) {
            assertEquals(AuthResponse.SUCCESS, bot.authorize(token("breaker")).result());
            // Two bytes where an i32 and a cstr belong.
            bot.client().send(new RawFrame(ADD.opcode(), new byte[] {1, 2}));
            // A name without its terminator.
            bot.client().send(new RawFrame(ADD.opcode(), new byte[] {1, 0, 0, 0, 'a', 'b'}));
            assertEquals(List.of(), bot.sync(), "dropped without a reply");
            assertTrue(bot.isConnected());
            bot.send(new Add(7, "after"));
            assertEquals(new Total("after", 7), bot.expect(Total.class));
        }
    }

    @Test
    void aBuiltInOpcodeCanBeReplacedByATypedHandler() {
        try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
            bot.login(token("shouter"), 0);
            bot.send(new AnnounceRequest("hello"));
            assertEquals(List.of(), bot.sync(), "the built-in announce (and its broadcast) is gone");
            assertEquals(List.of("shouter: hello"), shouts);
        }
    }

    @Test
    void aHandWrittenBodyCodecWorksOverByteBuffer() {
        try (Bot bot = Bot.connect("127.0.0.1", server.port(), PING, PONG)) {
            bot.send(new Ping16(0xFF));
            assertEquals(new Pong16(0x100), bot.expect(Pong16.class), "little-endian both ways");
            bot.client().send(new RawFrame(PING.opcode(), new byte[] {1}));
            assertEquals(List.of(), bot.sync(), "a short body is dropped");
            assertTrue(bot.isConnected());
            bot.send(new Ping16(1));
            assertEquals(new Pong16(2), bot.expect(Pong16.class));
        }
    }

    @Test
    void customPacketsConvertToAndFromRawPackets() {
        RawPacket raw = TOTAL.toRaw(new Total("n", 1));
        assertEquals(0x7E01, raw.opcode());
        assertEquals(new Total("n", 1), TOTAL.fromRaw(raw));
        assertEquals(new Ping16(513), PING.fromRaw(new RawPacket(PING.opcode(), new byte[] {1, 2})));
    }
}
