package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.remainingBytes;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.StructCodec.Constructor2;
import java.util.Arrays;
import java.util.HexFormat;

/** The layout the three plain chat broadcasts share (spec 02 §5.10): {@code cstr sender}. */
interface ChatLine {
    String sender();

    byte[] content();

    static <R extends ChatLine> Codec<R> codec(Constructor2<String, byte[], R> create) {
        return of(of("sender", cstr(), R::sender), of("content", remainingBytes(), R::content), create);
    }

    static boolean same(ChatLine a, Object b) {
        return b != null
                && a.getClass() == b.getClass()
                && a.sender().equals(((ChatLine) b).sender())
                && Arrays.equals(a.content(), ((ChatLine) b).content());
    }

    static int hash(ChatLine line) {
        return 31 * line.sender().hashCode() + Arrays.hashCode(line.content());
    }

    static String text(ChatLine line) {
        return line.getClass().getSimpleName() + "[sender=" + line.sender() + ", content="
                + HexFormat.of().formatHex(line.content()) + "]";
    }
}
