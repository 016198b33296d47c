package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * ChannelLogin, S→C response 0x03ED (spec 01 §4.9). Success: {@code 0C 00 ED 03 00 00 00 00 00 00 00 00};
 * failure: {@code 08 00 ED 03 07 00 00 00}.
 *
 * @param result     ChannelLoginResult, {@code u32}
 * @param restricted carried as an {@code i32} 1/0 (always 0); present exactly when {@code result} is Success
 */
public record ChannelLoginResponse(long result, Boolean restricted) {
    /** ChannelLoginResult Success. */
    public static final long SUCCESS = 0;
    /** ChannelLoginResult PremiumNotAuthorized, never sent by the reference. */
    public static final long PREMIUM_NOT_AUTHORIZED = 1;
    /** ChannelLoginResult ChannelInfoUnavailable, never sent by the reference. */
    public static final long CHANNEL_INFO_UNAVAILABLE = 6;
    /** ChannelLoginResult ChannelUnavailable. */
    public static final long CHANNEL_UNAVAILABLE = 7;

    public static final Codec<ChannelLoginResponse> CODEC = of(
            of("result", U32, ChannelLoginResponse::result),
            of("restricted", BOOL32.optional(), ChannelLoginResponse::restricted),
            ChannelLoginResponse::new);

    public ChannelLoginResponse {
        if ((result == SUCCESS) != (restricted != null)) {
            throw new IllegalArgumentException("restricted must be present exactly on success");
        }
    }

    /** @return the success reply (restricted = false) */
    public static ChannelLoginResponse success() {
        return new ChannelLoginResponse(SUCCESS, Boolean.FALSE);
    }

    /**
     * @param result a non-zero ChannelLoginResult
     * @return the failure reply
     */
    public static ChannelLoginResponse failure(long result) {
        return new ChannelLoginResponse(result, null);
    }
}
