package io.mozart.server.protocol.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.protocol.Opcodes;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankingPacketsTest {

    @Test
    void everyRankingRecordIsRegisteredAndHasAnArbitrary() {
        PacketRegistry registry = ProtocolFrames.registry(RankingPackets::register);
        Set<Class<?>> registered =
                registry.types().stream().map(PacketType::type).collect(Collectors.toSet());
        Set<Class<?>> records = ProtocolFrames.packageRecords(RankingPackets.class);
        assertEquals(records, registered, "records of the package vs registered classes");
        assertEquals(registered, RankingArbitraries.all().keySet(), "registered classes vs arbitraries");
    }

    @Test
    void opcodesAreTheSpecOnes() {
        PacketRegistry registry = ProtocolFrames.registry(RankingPackets::register);
        assertEquals(
                Opcodes.Response.GET_MUSIC_SCORE_LIST,
                registry.byClass(MusicScoreListResponse.class).opcode());
        assertEquals(0x07EB, registry.byClass(GetMusicPlayRankingRequest.class).opcode());
        assertEquals(0x07EC, registry.byClass(MusicPlayRankingResponse.class).opcode());
        assertEquals(0x07EE, registry.byClass(GetMusicScoreListRequest.class).opcode());
        assertEquals(0x07EF, registry.byClass(MusicScoreListResponse.class).opcode());
    }

    @Test
    void registeringTwiceFailsOnTheDuplicate() {
        PacketRegistry.Builder b = PacketRegistry.builder();
        RankingPackets.register(b);
        assertThrows(IllegalStateException.class, () -> RankingPackets.register(b));
    }
}
