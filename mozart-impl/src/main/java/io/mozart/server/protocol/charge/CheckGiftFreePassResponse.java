package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** CheckGiftFreePass — S→C response — opcode 0x13B1 (spec 05 §5). */
public record CheckGiftFreePassResponse(boolean invalid, String username) implements ServerMessage {
    public static final Codec<CheckGiftFreePassResponse> CODEC = of(
            of("invalid", BOOL32, CheckGiftFreePassResponse::invalid),
            of("username", cstr(), CheckGiftFreePassResponse::username),
            CheckGiftFreePassResponse::new);

    public CheckGiftFreePassResponse {
        Objects.requireNonNull(username, "username");
        if (invalid && !username.isEmpty()) {
            throw new IllegalArgumentException("an invalid reply carries an empty username");
        }
    }

    public static CheckGiftFreePassResponse notFound() {
        return new CheckGiftFreePassResponse(true, "");
    }

    public static CheckGiftFreePassResponse found(String storedNickname) {
        return new CheckGiftFreePassResponse(false, storedNickname);
    }
}
