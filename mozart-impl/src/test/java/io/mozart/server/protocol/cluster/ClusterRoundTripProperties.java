package io.mozart.server.protocol.cluster;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/**
 * Round trips, spec sizes and robust decoding for every record of the cluster area.
 */
class ClusterRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(ClusterPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ClusterArbitraries.all();
    }

    /** Every record of the area has a size in the spec (05). */
    @Override
    protected OptionalInt expectedBodySize(Object record) {
        return OptionalInt.of(specBodySize(record));
    }

    private static int specBodySize(Object record) {
        if (record instanceof CreateChannelResponse) {
            return 1;
        }
        if (record instanceof CreateChannelRequest) {
            return 8;
        }
        if (record instanceof GetChannelStatsRequest r) {
            return ProtocolFrames.utf8(r.requestId()) + 1;
        }
        if (record instanceof RevokeSessionCommand r) {
            return ProtocolFrames.utf8(r.sessionId()) + 1;
        }
        if (record instanceof GrantSessionRequest r) {
            return ProtocolFrames.utf8(r.sessionId())
                    + 1
                    + (r.clientId() == null ? 0 : ProtocolFrames.utf8(r.clientId()) + 1);
        }
        if (record instanceof GatewayRelay r) {
            return ProtocolFrames.utf8(r.sessionId()) + 1 + r.payload().length;
        }
        if (record instanceof ChannelRelay r) {
            return ProtocolFrames.utf8(r.sessionId()) + 1 + r.payload().length;
        }
        if (record instanceof GetChannelStatsResponse r) {
            return ProtocolFrames.utf8(r.requestId()) + 1 + 20;
        }
        if (record instanceof GrantSessionResponse r) {
            return 1
                    + ProtocolFrames.utf8(r.sessionId())
                    + 1
                    + ProtocolFrames.utf8(r.clientId())
                    + 1
                    + ProtocolFrames.utf8(r.username())
                    + 1
                    + ProtocolFrames.utf8(r.nickname())
                    + 1
                    + 16;
        }
        if (record instanceof ChannelHeartbeat) {
            return 12; // Mozart's own (docs/operations.md): three int32
        }
        return 0; // DeleteChannel, GatewayHeartbeat
    }
}
