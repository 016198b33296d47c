package com.example.greeter;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * Server → client 0x7E11: the answer.
 *
 * @param text   the greeting (cstr)
 * @param userId the greeted player's user id (i32)
 */
public record Greeting(String text, int userId) {

    /** The body. */
    public static final Codec<Greeting> CODEC = StructCodec.of(
            Field.of("text", Codecs.cstr(), Greeting::text),
            Field.of("userId", Codecs.I32, Greeting::userId),
            Greeting::new);
}
