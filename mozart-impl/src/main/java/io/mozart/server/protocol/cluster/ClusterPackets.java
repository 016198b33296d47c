package io.mozart.server.protocol.cluster;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.ChannelCommand;
import io.mozart.server.protocol.Opcodes.GatewayCommand;

/** The internal gateway ↔ channel link (spec 06 §7, 01 §3.5–3.6). */
public final class ClusterPackets {
    private ClusterPackets() {}

    /** Registers every record of the link (both directions). */
    public static void register(PacketRegistry.Builder builder) {
        builder.register(GatewayCommand.CREATE_CHANNEL, CreateChannelResponse.class, CreateChannelResponse.CODEC)
                .register(GatewayCommand.GET_CHANNEL_STATS, GetChannelStatsRequest.class, GetChannelStatsRequest.CODEC)
                .register(GatewayCommand.GRANT_SESSION, GrantSessionRequest.class, GrantSessionRequest.CODEC)
                .register(GatewayCommand.REVOKE_SESSION, RevokeSessionCommand.class, RevokeSessionCommand.CODEC)
                .register(GatewayCommand.RELAY, GatewayRelay.class, GatewayRelay.CODEC)
                .register(ChannelCommand.CREATE_CHANNEL, CreateChannelRequest.class, CreateChannelRequest.CODEC)
                .register(
                        ChannelCommand.GET_CHANNEL_STATS, GetChannelStatsResponse.class, GetChannelStatsResponse.CODEC)
                .register(ChannelCommand.RELAY, ChannelRelay.class, ChannelRelay.CODEC)
                .register(ChannelCommand.GRANT_SESSION, GrantSessionResponse.class, GrantSessionResponse.CODEC)
                .register(ChannelCommand.DELETE_CHANNEL, DeleteChannelCommand.class, DeleteChannelCommand.CODEC)
                .register(GatewayCommand.HEARTBEAT, GatewayHeartbeat.class, GatewayHeartbeat.CODEC)
                .register(ChannelCommand.HEARTBEAT, ChannelHeartbeat.class, ChannelHeartbeat.CODEC);
    }

    /** @return a registry holding exactly the link's records */
    public static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        register(b);
        return b.build();
    }
}
