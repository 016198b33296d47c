package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** CheckName — C→S request — opcode 0x13A8 (spec 05 §6.4). */
public record CheckNameRequest(String name) implements ClientMessage {
    public static final Codec<CheckNameRequest> CODEC =
            of(of("name", cstr(), CheckNameRequest::name), CheckNameRequest::new);

    public CheckNameRequest {
        Objects.requireNonNull(name, "name");
    }
}
