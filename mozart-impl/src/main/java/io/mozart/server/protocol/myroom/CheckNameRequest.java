package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * CheckName — C→S request — opcode 0x13A8 (spec 05 §6.4).
 *
 * @param name the nickname to check
 */
public record CheckNameRequest(String name) {

    /** The wire codec. */
    public static final Codec<CheckNameRequest> CODEC = StructCodec.of(
            Field.of("name", Codecs.cstr(), CheckNameRequest::name),
            CheckNameRequest::new);

    /**
     * Validates the name.
     *
     * @param name the nickname, not null
     */
    public CheckNameRequest {
        Objects.requireNonNull(name, "name");
    }
}
