package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** CheckName — S→C response — opcode 0x13A9 (spec 05 §6.4). */
public record CheckNameResponse(boolean exists, String name) implements ServerMessage {
    public static final Codec<CheckNameResponse> CODEC = of(
            of("exists", BOOL32, CheckNameResponse::exists),
            of("name", cstr(), CheckNameResponse::name),
            CheckNameResponse::new);

    public CheckNameResponse {
        Objects.requireNonNull(name, "name");
    }
}
