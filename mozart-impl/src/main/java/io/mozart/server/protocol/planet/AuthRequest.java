package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** Authorize, C→S request 0x03E8 (spec 01 §4.1). */
public record AuthRequest(int userId, String token, Gender gender, int unused, String clientId)
        implements ClientMessage {
    public static final Codec<AuthRequest> CODEC = of(
            of("userId", I32, AuthRequest::userId),
            of("token", cstr(), AuthRequest::token),
            of("gender", GenderCode.CODEC, AuthRequest::gender),
            of("unused", U8, AuthRequest::unused),
            of("clientId", cstr(), AuthRequest::clientId),
            AuthRequest::new);

    public AuthRequest {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(clientId, "clientId");
    }
}
