package io.mozart.server.protocol.planet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanetPacketsTest {

    @Test
    void everyPlanetRecordIsRegisteredAndHasAnArbitrary() {
        PacketRegistry registry = ProtocolFrames.registry(PlanetPackets::register);
        Set<Class<?>> registered =
                registry.types().stream().map(PacketType::type).collect(Collectors.toSet());
        Set<Class<?>> records = ProtocolFrames.packageRecords(PlanetPackets.class);
        assertEquals(records, registered, "records of the package vs registered classes");
        assertEquals(registered, PlanetArbitraries.all().keySet(), "registered classes vs arbitraries");
    }

    @Test
    void opcodesAreTheSpecOnes() {
        PacketRegistry registry = ProtocolFrames.registry(PlanetPackets::register);
        assertEquals(0x03E8, registry.byClass(AuthRequest.class).opcode());
        assertEquals(0x03E9, registry.byClass(AuthResponse.class).opcode());
        assertEquals(0x1770, registry.byClass(LegacyPing.class).opcode());
        assertEquals(0x1771, registry.byClass(Ping.class).opcode());
        assertEquals(0xFFF0, registry.byClass(TerminateRequest.class).opcode());
        assertEquals(0x07E6, registry.byClass(ChannelLogoutResponse.class).opcode());
        // SubscriptionAlert has no known body and stays unregistered.
        assertNull(registry.byOpcode(Opcodes.Response.SUBSCRIPTION_ALERT));
    }

    @Test
    void registeringTwiceFailsOnTheDuplicate() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        PlanetPackets.register(b);
        assertThrows(IllegalStateException.class, () -> PlanetPackets.register(b));
    }
}
