package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * Authorize, C→S request 0x03E8 (spec 01 §4.1).
 *
 * @param userId   the client's user index; read but never checked (the token decides)
 * @param token    session token, {@code cstr(65535)}
 * @param gender   gender code ({@link GenderCode}); parsed and ignored by the reference
 * @param unused   one byte, always 1 from the client; must be present (a frame ending before it fails)
 * @param clientId client identifier, {@code cstr(65535)}
 */
public record AuthRequest(int userId, String token, Gender gender, int unused, String clientId) {

    /** Wire codec. */
    public static final Codec<AuthRequest> CODEC = StructCodec.of(
            Field.of("userId", Codecs.I32, AuthRequest::userId),
            Field.of("token", Codecs.cstr(), AuthRequest::token),
            Field.of("gender", GenderCode.CODEC, AuthRequest::gender),
            Field.of("unused", Codecs.U8, AuthRequest::unused),
            Field.of("clientId", Codecs.cstr(), AuthRequest::clientId),
            AuthRequest::new);

    /**
     * Validates the fields.
     */
    public AuthRequest {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(clientId, "clientId");
        if (unused < 0 || unused > 0xFF) {
            throw new IllegalArgumentException("unused must be a u8: " + unused);
        }
    }
}
