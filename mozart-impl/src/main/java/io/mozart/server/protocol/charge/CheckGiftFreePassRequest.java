package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** CheckGiftFreePass — C→S request — opcode 0x13B0 (spec 05 §5). */
public record CheckGiftFreePassRequest(String name) implements ClientMessage {
    public static final Codec<CheckGiftFreePassRequest> CODEC =
            of(of("name", cstr(), CheckGiftFreePassRequest::name), CheckGiftFreePassRequest::new);

    public CheckGiftFreePassRequest {
        Objects.requireNonNull(name, "name");
    }
}
