package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * CheckName — C→S request — opcode 0x13A8 (spec 05 §6.4).
 *
 * @param name the nickname to check
 */
public record CheckNameRequest(String name) {
    public static final Codec<CheckNameRequest> CODEC =
            of(of("name", cstr(), CheckNameRequest::name), CheckNameRequest::new);

    public CheckNameRequest {
        Objects.requireNonNull(name, "name");
    }
}
