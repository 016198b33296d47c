package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** ChannelLogin, S→C response 0x03ED (spec 01 §4.9). */
public record ChannelLoginResponse(long result, Boolean restricted) implements ServerMessage {
    public static final long SUCCESS = 0;
    /** ChannelLoginResult PremiumNotAuthorized, never sent by the reference. */
    public static final long PREMIUM_NOT_AUTHORIZED = 1;
    /** ChannelLoginResult ChannelInfoUnavailable, never sent by the reference. */
    public static final long CHANNEL_INFO_UNAVAILABLE = 6;

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

    public static ChannelLoginResponse failure(long result) {
        return new ChannelLoginResponse(result, null);
    }
}
