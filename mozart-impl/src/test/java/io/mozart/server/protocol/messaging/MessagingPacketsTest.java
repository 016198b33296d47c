package io.mozart.server.protocol.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagingPacketsTest {

    @Test
    void everyMessagingRecordIsRegisteredAndHasAnArbitrary() {
        PacketRegistry registry = ProtocolFrames.registry(MessagingPackets::register);
        Set<Class<?>> registered =
                registry.types().stream().map(PacketType::type).collect(Collectors.toSet());
        Set<Class<?>> records = ProtocolFrames.packageRecords(MessagingPackets.class);
        assertEquals(records, registered, "records of the package vs registered classes");
        assertEquals(registered, MessagingArbitraries.all().keySet(), "registered classes vs arbitraries");
    }

    @Test
    void opcodesAreTheSpecOnes() {
        PacketRegistry registry = ProtocolFrames.registry(MessagingPackets::register);
        assertEquals(
                Opcodes.Request.SEND_WAITING_MESSAGE,
                registry.byClass(SendWaitingMessageRequest.class).opcode());
        assertEquals(0x0BC3, registry.byClass(SendWaitingMessageRequest.class).opcode());
        assertEquals(0x0BC4, registry.byClass(WaitingUserMessageResponse.class).opcode());
        assertEquals(0x0BC5, registry.byClass(WaitingAdminMessageResponse.class).opcode());
        assertEquals(0x07E3, registry.byClass(ReceiveWhisperNotice.class).opcode());
    }

    @Test
    void registeringTwiceFailsOnTheDuplicate() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        MessagingPackets.register(b);
        assertThrows(IllegalStateException.class, () -> MessagingPackets.register(b));
    }
}
