package io.mozart.server.protocol.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LobbyPacketsTest {

    @Test
    void everyLobbyRecordIsRegisteredAndHasAnArbitrary() {
        PacketRegistry registry = ProtocolFrames.registry(LobbyPackets::register);
        Set<Class<?>> registered =
                registry.types().stream().map(PacketType::type).collect(Collectors.toSet());
        Set<Class<?>> records = ProtocolFrames.packageRecords(LobbyPackets.class);
        assertEquals(records, registered, "records of the package vs registered classes");
        assertEquals(registered, LobbyArbitraries.all().keySet(), "registered classes vs arbitraries");
    }

    @Test
    void opcodesAreTheSpecOnes() {
        PacketRegistry registry = ProtocolFrames.registry(LobbyPackets::register);
        assertEquals(
                Opcodes.Notice.USER_JOIN_WAITING,
                registry.byClass(UserJoinWaitingNotice.class).opcode());
        assertEquals(0x0BBC, registry.byClass(UserJoinWaitingNotice.class).opcode());
        assertEquals(0x0FAD, registry.byClass(MusicLoadedNotice.class).opcode());
        assertEquals(0x0BBA, registry.byClass(JoinWaitingRequest.class).opcode());
        assertEquals(0x0BBB, registry.byClass(JoinRoomResponse.class).opcode());
        assertEquals(0x139A, registry.byClass(GiftMessageListResponse.class).opcode());
        assertEquals(0x07ED, registry.byClass(RankNotificationNotice.class).opcode());
    }

    @Test
    void registeringTwiceFailsOnTheDuplicate() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        LobbyPackets.register(b);
        assertThrows(IllegalStateException.class, () -> LobbyPackets.register(b));
    }
}
