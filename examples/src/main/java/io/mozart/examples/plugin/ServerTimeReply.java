package io.mozart.examples.plugin;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * Server → client 0x7D01: the server's time.
 *
 * @param epochMillis milliseconds since 1970-01-01T00:00Z (i64, little-endian)
 */
public record ServerTimeReply(long epochMillis) {

    /** The body: one i64, built from the same templates as the built-in packets. */
    public static final Codec<ServerTimeReply> CODEC =
            StructCodec.of(Field.of("epochMillis", Codecs.I64, ServerTimeReply::epochMillis), ServerTimeReply::new);
}
