package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * CheckName — S→C response — opcode 0x13A9 (spec 05 §6.4).
 *
 * @param exists whether the nickname is taken (bool32)
 * @param name   echo of the request (not trimmed)
 */
public record CheckNameResponse(boolean exists, String name) {
    public static final Codec<CheckNameResponse> CODEC = of(
            of("exists", BOOL32, CheckNameResponse::exists),
            of("name", cstr(), CheckNameResponse::name),
            CheckNameResponse::new);

    public CheckNameResponse {
        Objects.requireNonNull(name, "name");
    }
}
