package io.mozart.encore.testproto;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.encore.protocol.PacketRegistry;
import java.util.Arrays;
import java.util.List;

/** A tiny made-up protocol for the framework's tests. Nothing here is O2Jam. */
public final class TestProtocol {

    /** Session phases of the test game. */
    public enum Phase {
        AUTHORIZED
    }

    /** C→S: asks for a {@link Pong} with the same numbers. */
    public record Ping(int client, int seq) {
        public static final Codec<Ping> CODEC = StructCodec.of(
                Field.of("client", Codecs.I32, Ping::client), Field.of("seq", Codecs.I32, Ping::seq), Ping::new);
    }

    /** S→C: answer to {@link Ping}. */
    public record Pong(int client, int seq) {
        public static final Codec<Pong> CODEC = StructCodec.of(
                Field.of("client", Codecs.I32, Pong::client), Field.of("seq", Codecs.I32, Pong::seq), Pong::new);
    }

    /** C→S: log in; moves the session to {@link Phase#AUTHORIZED}. */
    public record Login(String name) {
        public static final Codec<Login> CODEC =
                StructCodec.of(Field.of("name", Codecs.cstr(16), Login::name), Login::new);
    }

    /** S→C: login accepted. */
    public record LoginOk(long sessionId) {
        public static final Codec<LoginOk> CODEC =
                StructCodec.of(Field.of("sessionId", Codecs.I64, LoginOk::sessionId), LoginOk::new);
    }

    /** C→S: needs {@link Phase#AUTHORIZED}. */
    public record Secret(int value) {
        public static final Codec<Secret> CODEC =
                StructCodec.of(Field.of("value", Codecs.I32, Secret::value), Secret::new);
    }

    /** S→C: answer to {@link Secret}. */
    public record SecretReply(int value) {
        public static final Codec<SecretReply> CODEC =
                StructCodec.of(Field.of("value", Codecs.I32, SecretReply::value), SecretReply::new);
    }

    /** S→C: a guard said no. */
    public record Denied(String guard) {
        public static final Codec<Denied> CODEC =
                StructCodec.of(Field.of("guard", Codecs.cstr(), Denied::guard), Denied::new);
    }

    /** C→S: its handler throws. */
    public record Boom(int code) {
        public static final Codec<Boom> CODEC = StructCodec.of(Field.of("code", Codecs.I32, Boom::code), Boom::new);
    }

    /** S→C: a handler failed. */
    public record Failed(String message) {
        public static final Codec<Failed> CODEC =
                StructCodec.of(Field.of("message", Codecs.cstr(), Failed::message), Failed::new);
    }

    /** Either direction: a blob of bytes (to build oversized payloads and to fill sockets). */
    public record Blob(int seq, boolean reliable, byte[] data) {
        public static final Codec<Blob> CODEC = StructCodec.of(
                Field.of("seq", Codecs.I32, Blob::seq),
                Field.of("reliable", Codecs.BOOL8, Blob::reliable),
                Field.of("data", Codecs.remainingBytes(), Blob::data),
                Blob::new);

        @Override
        public boolean equals(Object o) {
            return o instanceof Blob b && b.seq == seq && b.reliable == reliable && Arrays.equals(b.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * seq + Arrays.hashCode(data);
        }
    }

    /** C→S: bodiless; two handlers answer it. */
    public record Multi() {
        public static final Multi INSTANCE = new Multi();
        public static final Codec<Multi> CODEC = Codecs.unit(INSTANCE);
    }

    /** S→C: which handler answered. */
    public record Note(String text) {
        public static final Codec<Note> CODEC =
                StructCodec.of(Field.of("text", Codecs.cstr(64), Note::text), Note::new);
    }

    /** C→S: registered but never routed. */
    public record Orphan(int x) {
        public static final Codec<Orphan> CODEC = StructCodec.of(Field.of("x", Codecs.I32, Orphan::x), Orphan::new);
    }

    /** A nested element: a score line. */
    public record Line(short slot, long score, String name) {
        public static final Codec<Line> CODEC = StructCodec.of(
                Field.of("slot", Codecs.I16, Line::slot),
                Field.of("score", Codecs.U32, Line::score),
                Field.of("name", Codecs.cstr(12), Line::name),
                Line::new);
    }

    /** A composed record: lists of records, a fixed list, and an optional tail. */
    public record Board(int id, List<Line> lines, List<Integer> keys, List<Line> extra, Integer tail) {
        public static final Codec<Board> CODEC = StructCodec.of(
                Field.of("id", Codecs.U16, Board::id),
                Field.of("lines", Codecs.listI32(Line.CODEC), Board::lines),
                Field.of("keys", Codecs.fixedList(Codecs.U8, 4), Board::keys),
                Field.of("extra", Codecs.listU8(Line.CODEC), Board::extra),
                Field.of("tail", Codecs.I32.optional(), Board::tail),
                Board::new);
    }

    public static final int PING = 0x0010;
    public static final int PONG = 0x0011;
    public static final int LOGIN = 0x0020;
    public static final int LOGIN_OK = 0x0021;
    public static final int SECRET = 0x0030;
    public static final int SECRET_REPLY = 0x0031;
    public static final int DENIED = 0x0032;
    public static final int BOOM = 0x0040;
    public static final int FAILED = 0x0041;
    public static final int BLOB = 0x0050;
    public static final int MULTI = 0x0060;
    public static final int NOTE = 0x0061;
    public static final int ORPHAN = 0x0070;
    public static final int BOARD = 0x0080;

    /** The registry of every test packet. */
    public static final PacketRegistry REGISTRY = PacketRegistry.builder()
            .register(PING, Ping.class, Ping.CODEC)
            .register(PONG, Pong.class, Pong.CODEC)
            .register(LOGIN, Login.class, Login.CODEC)
            .register(LOGIN_OK, LoginOk.class, LoginOk.CODEC)
            .register(SECRET, Secret.class, Secret.CODEC)
            .register(SECRET_REPLY, SecretReply.class, SecretReply.CODEC)
            .register(DENIED, Denied.class, Denied.CODEC)
            .register(BOOM, Boom.class, Boom.CODEC)
            .register(FAILED, Failed.class, Failed.CODEC)
            .register(BLOB, Blob.class, Blob.CODEC)
            .register(MULTI, Multi.class, Multi.CODEC)
            .register(NOTE, Note.class, Note.CODEC)
            .register(ORPHAN, Orphan.class, Orphan.CODEC)
            .register(BOARD, Board.class, Board.CODEC)
            .build();

    private TestProtocol() {}
}
