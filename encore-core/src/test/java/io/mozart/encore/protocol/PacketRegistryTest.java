package io.mozart.encore.protocol;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import org.junit.jupiter.api.Test;

/** The registry refuses duplicates and names both bindings. */
class PacketRegistryTest {

    @Test
    void duplicateOpcodeIsRefusedNamingBothClasses() {
        PacketRegistry.Builder b = PacketRegistry.builder().register(0x10, Ping.class, Ping.CODEC);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> b.register(0x10, Pong.class, Pong.CODEC));
        assertTrue(e.getMessage().contains("0x0010"), e.getMessage());
        assertTrue(e.getMessage().contains(Ping.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(Pong.class.getName()), e.getMessage());
    }

    @Test
    void duplicateClassIsRefusedNamingBothOpcodes() {
        PacketRegistry.Builder b = PacketRegistry.builder().register(0x10, Ping.class, Ping.CODEC);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> b.register(0x11, Ping.class, Ping.CODEC));
        assertTrue(e.getMessage().contains("0x0010"), e.getMessage());
        assertTrue(e.getMessage().contains("0x0011"), e.getMessage());
        assertTrue(e.getMessage().contains(Ping.class.getName()), e.getMessage());
    }
}
