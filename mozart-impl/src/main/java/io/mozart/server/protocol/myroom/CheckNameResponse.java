package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * CheckName — S→C response — opcode 0x13A9 (spec 05 §6.4).
 *
 * @param exists whether the nickname is taken (bool32)
 * @param name   echo of the request (not trimmed)
 */
public record CheckNameResponse(boolean exists, String name) {

    /** The wire codec. */
    public static final Codec<CheckNameResponse> CODEC = StructCodec.of(
            Field.of("exists", Codecs.BOOL32, CheckNameResponse::exists),
            Field.of("name", Codecs.cstr(), CheckNameResponse::name),
            CheckNameResponse::new);

    /**
     * Validates the name.
     *
     * @param exists whether taken
     * @param name   the echo, not null
     */
    public CheckNameResponse {
        Objects.requireNonNull(name, "name");
    }
}
