package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * CreateChannel reply — gateway → channel — GatewayCommand 0x00C8 (spec 06 §7.3–7.4, 01 §3.5).
 *
 * @param success whether the gateway registered the channel (bool8; false: wrong gateway id, id taken, or the
 *                registration timed out)
 */
public record CreateChannelResponse(boolean success) {
    public static final Codec<CreateChannelResponse> CODEC =
            of(of("success", BOOL8, CreateChannelResponse::success), CreateChannelResponse::new);
}
