package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * CreateChannel reply — gateway → channel — GatewayCommand 0x00C8 (spec 06 §7.3–7.4, 01 §3.5).
 *
 * @param success whether the gateway registered the channel (bool8; false: wrong gateway id, id taken, or the
 *                registration timed out)
 */
public record CreateChannelResponse(boolean success) {

    /** The wire codec. */
    public static final Codec<CreateChannelResponse> CODEC = StructCodec.of(
            Field.of("success", Codecs.BOOL8, CreateChannelResponse::success),
            CreateChannelResponse::new);
}
