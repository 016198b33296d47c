package com.example.greeter;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * Client → server 0x7E10: say hello.
 *
 * @param name  who says it (cstr, at most 31 bytes)
 * @param times how often (i32)
 */
public record Hello(String name, int times) {

    /** The body, from the same field templates as Mozart's own packets. */
    public static final Codec<Hello> CODEC = StructCodec.of(
            Field.of("name", Codecs.cstr(32), Hello::name),
            Field.of("times", Codecs.I32, Hello::times),
            Hello::new);
}
