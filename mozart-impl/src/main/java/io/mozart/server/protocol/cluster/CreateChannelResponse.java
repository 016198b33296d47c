package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** CreateChannel reply — gateway → channel — GatewayCommand 0x00C8 (spec 06 §7.3–7.4, 01 §3.5). */
public record CreateChannelResponse(boolean success) implements LinkMessage.FromGateway {
    public static final Codec<CreateChannelResponse> CODEC =
            of(of("success", BOOL8, CreateChannelResponse::success), CreateChannelResponse::new);
}
