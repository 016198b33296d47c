package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * CheckGiftFreePass — C→S request — opcode 0x13B0 (spec 05 §5).
 *
 * @param name nickname of the intended gift recipient
 */
public record CheckGiftFreePassRequest(String name) {

    /** The wire codec. */
    public static final Codec<CheckGiftFreePassRequest> CODEC = StructCodec.of(
            Field.of("name", Codecs.cstr(), CheckGiftFreePassRequest::name),
            CheckGiftFreePassRequest::new);

    /**
     * Validates the name.
     *
     * @param name the nickname, not null
     */
    public CheckGiftFreePassRequest {
        Objects.requireNonNull(name, "name");
    }
}
