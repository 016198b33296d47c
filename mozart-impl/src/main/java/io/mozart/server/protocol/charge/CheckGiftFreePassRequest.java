package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * CheckGiftFreePass — C→S request — opcode 0x13B0 (spec 05 §5).
 *
 * @param name nickname of the intended gift recipient
 */
public record CheckGiftFreePassRequest(String name) {
    public static final Codec<CheckGiftFreePassRequest> CODEC =
            of(of("name", cstr(), CheckGiftFreePassRequest::name), CheckGiftFreePassRequest::new);

    public CheckGiftFreePassRequest {
        Objects.requireNonNull(name, "name");
    }
}
