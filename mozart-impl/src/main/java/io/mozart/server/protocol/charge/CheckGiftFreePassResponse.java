package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * CheckGiftFreePass — S→C response — opcode 0x13B1 (spec 05 §5).
 *
 * @param invalid  whether no such user exists (bool32)
 * @param username the matched nickname exactly as stored; {@code ""} (a single {@code 00}) when invalid
 */
public record CheckGiftFreePassResponse(boolean invalid, String username) {

    /** The wire codec. */
    public static final Codec<CheckGiftFreePassResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, CheckGiftFreePassResponse::invalid),
            Field.of("username", Codecs.cstr(), CheckGiftFreePassResponse::username),
            CheckGiftFreePassResponse::new);

    /**
     * Enforces the shape: invalid ⇒ empty username.
     *
     * @param invalid  whether no user matched
     * @param username the stored nickname, or ""
     */
    public CheckGiftFreePassResponse {
        Objects.requireNonNull(username, "username");
        if (invalid && !username.isEmpty()) {
            throw new IllegalArgumentException("an invalid reply carries an empty username");
        }
    }

    /** @return the "no such user" reply */
    public static CheckGiftFreePassResponse notFound() {
        return new CheckGiftFreePassResponse(true, "");
    }

    /**
     * @param storedNickname the matched user's nickname as stored
     * @return the success reply
     */
    public static CheckGiftFreePassResponse found(String storedNickname) {
        return new CheckGiftFreePassResponse(false, storedNickname);
    }
}
