package io.mozart.encore.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** Raw bindings: opcodes served as bytes, and replacing a record binding by a raw one. */
class RawFrameRegistryTest {

    @Test
    void rawOpcodeDecodesToItsBodyAndEncodesBackUnchanged() {
        PacketRegistry registry = PacketRegistry.builder().registerRaw(0x4242).build();
        ByteBuf payload = Unpooled.wrappedBuffer(new byte[] {0x42, 0x42, 1, 2, 3});
        try {
            Object decoded = registry.decode(payload);
            assertEquals(new RawFrame(0x4242, new byte[] {1, 2, 3}), decoded);
            ByteBuf out = Unpooled.buffer();
            try {
                assertEquals(0x4242, registry.encode(decoded, out).opcode());
                byte[] bytes = new byte[out.readableBytes()];
                out.readBytes(bytes);
                assertArrayEquals(new byte[] {0x42, 0x42, 1, 2, 3}, bytes);
            } finally {
                out.release();
            }
        } finally {
            payload.release();
        }
    }

    @Test
    void rawBindingClashesWithARecordBindingUnlessItIsRemovedFirst() {
        PacketRegistry.Builder b =
                PacketRegistry.builder().register(0x10, Ping.class, Ping.CODEC).register(0x11, Pong.class, Pong.CODEC);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.registerRaw(0x10));
        assertTrue(e.getMessage().contains("0x0010"), e.getMessage());
        PacketRegistry registry = b.unregister(0x10).registerRaw(0x10).build();
        assertFalse(registry.contains(Ping.class));
        assertTrue(registry.contains(Pong.class));
        assertEquals(RawFrame.class, registry.byOpcode(0x10).type());
        assertEquals(0x10, registry.typeOf(new RawFrame(0x10, new byte[0])).opcode());
    }
}
