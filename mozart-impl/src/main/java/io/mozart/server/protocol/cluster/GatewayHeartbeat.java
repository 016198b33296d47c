package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;

/** Heartbeat — gateway → channel — GatewayCommand 0x00CD (205), Mozart's addition (spec 06 §7.6); empty body. */
public record GatewayHeartbeat() implements LinkMessage.FromGateway {
    public static final GatewayHeartbeat INSTANCE = new GatewayHeartbeat();
    public static final Codec<GatewayHeartbeat> CODEC = unit(INSTANCE);
}
