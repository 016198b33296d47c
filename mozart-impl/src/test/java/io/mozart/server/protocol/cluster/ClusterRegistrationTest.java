package io.mozart.server.protocol.cluster;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.AreaRegistrationChecks;
import io.mozart.server.protocol.Opcodes;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * {@link ClusterPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ClusterRegistrationTest extends AreaRegistrationChecks {

    @Override
    protected void register(PacketRegistry.Builder b) {
        ClusterPackets.register(b);
    }

    @Override
    protected Map<Class<?>, Integer> expectedOpcodes() {
        final Map<Class<?>, Integer> m = new LinkedHashMap<>();
        m.put(CreateChannelResponse.class, Opcodes.GatewayCommand.CREATE_CHANNEL);
        m.put(GetChannelStatsRequest.class, Opcodes.GatewayCommand.GET_CHANNEL_STATS);
        m.put(GrantSessionRequest.class, Opcodes.GatewayCommand.GRANT_SESSION);
        m.put(RevokeSessionCommand.class, Opcodes.GatewayCommand.REVOKE_SESSION);
        m.put(GatewayRelay.class, Opcodes.GatewayCommand.RELAY);
        m.put(CreateChannelRequest.class, Opcodes.ChannelCommand.CREATE_CHANNEL);
        m.put(GetChannelStatsResponse.class, Opcodes.ChannelCommand.GET_CHANNEL_STATS);
        m.put(ChannelRelay.class, Opcodes.ChannelCommand.RELAY);
        m.put(GrantSessionResponse.class, Opcodes.ChannelCommand.GRANT_SESSION);
        m.put(DeleteChannelCommand.class, Opcodes.ChannelCommand.DELETE_CHANNEL);
        m.put(GatewayHeartbeat.class, Opcodes.GatewayCommand.HEARTBEAT);
        m.put(ChannelHeartbeat.class, Opcodes.ChannelCommand.HEARTBEAT);
        return m;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return ClusterArbitraries.all();
    }
}
