package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * Heartbeat — gateway → channel — GatewayCommand 0x00CD (205). Mozart's addition to the internal link (the
 * reference has no heartbeat, spec 06 §7.6): sent every {@code Gateway:HeartbeatInterval} seconds to each
 * registered channel, which counts the link as lost when it hears nothing for {@code Gateway:HeartbeatTimeout}.
 * Empty body.
 */
public record GatewayHeartbeat() {

    /** The only value. */
    public static final GatewayHeartbeat INSTANCE = new GatewayHeartbeat();

    /** The wire codec: no body. */
    public static final Codec<GatewayHeartbeat> CODEC = Codecs.unit(INSTANCE);
}
