package io.mozart.server.protocol.cluster;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ClusterPackets#register} binds every record of the area to its opcode, and every bound class has an arbitrary.
 */
class ClusterRegistrationTest {

    private static Map<Class<?>, Integer> expected() {
        Map<Class<?>, Integer> m = new LinkedHashMap<>();
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
        return m;
    }

    private static PacketRegistry registry() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ClusterPackets.register(b);
        return b.build();
    }

    @Test
    void everyRecordIsBoundToItsOpcode() {
        PacketRegistry registry = registry();
        Map<Class<?>, Integer> expected = expected();
        assertEquals(expected.size(), registry.types().size());
        for (Map.Entry<Class<?>, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), registry.byClass(e.getKey()).opcode(), e.getKey().getSimpleName());
        }
    }

    @Test
    void everyRegisteredClassHasAnArbitraryAndNoOtherClassDoes() {
        Set<Class<?>> registered = registry().types().stream().map(PacketType::type).collect(Collectors.toSet());
        assertEquals(registered, ClusterArbitraries.all().keySet());
    }

    @Test
    void registeringTwiceIsRefused() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        ClusterPackets.register(b);
        assertThrows(IllegalStateException.class, () -> ClusterPackets.register(b));
    }
}
