package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ChangeName — S→C response — opcode 0x13A7 (spec 05 §6.3). */
public record ChangeNameResponse(boolean invalid, String name) implements ServerMessage {
    public static final Codec<ChangeNameResponse> CODEC = of(
            of("invalid", BOOL32, ChangeNameResponse::invalid),
            of("name", cstr().optional(), ChangeNameResponse::name),
            ChangeNameResponse::new);

    public ChangeNameResponse {
        if (invalid != (name == null)) {
            throw new IllegalArgumentException("name must be present exactly when invalid = 0");
        }
    }

    public static ChangeNameResponse rejected() {
        return new ChangeNameResponse(true, null);
    }

    public static ChangeNameResponse accepted(String requestedName) {
        return new ChangeNameResponse(false, requestedName);
    }
}
