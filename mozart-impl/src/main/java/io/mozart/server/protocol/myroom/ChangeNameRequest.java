package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** ChangeName — C→S request — opcode 0x13A6 (spec 05 §6.3). */
public record ChangeNameRequest(String name, int bagSlotIndex, int itemId) implements ClientMessage {
    public static final Codec<ChangeNameRequest> CODEC = of(
            of("name", cstr(), ChangeNameRequest::name),
            of("bagSlotIndex", I32, ChangeNameRequest::bagSlotIndex),
            of("itemId", I32, ChangeNameRequest::itemId),
            ChangeNameRequest::new);

    public ChangeNameRequest {
        Objects.requireNonNull(name, "name");
    }
}
