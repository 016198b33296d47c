package io.mozart.server.protocol.ranking;

import static io.mozart.server.protocol.ProtocolFrames.assertWire;
import static io.mozart.server.protocol.ProtocolFrames.decodeExactFrame;
import static io.mozart.server.protocol.ProtocolFrames.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking hex examples of spec 02 §7. */
class RankingWireExamplesTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(RankingPackets::register);

    // 02 §7: MusicScoreList, one music (id 100, EX 123456 rank A, nothing else).
    @Test
    void musicScoreListOneEntry() {
        assertWire(
                REGISTRY,
                new MusicScoreListResponse(List.of(new MusicScoreListResponse.ScoreEntry(100, 123456, 0, 0, 6, 0, 0))),
                "18 00 EF 07 64 00 00 00 40 E2 01 00 00 00 00 00 00 00 00 00 06 00 00 00");
    }

    // 02 §5.11: an empty score list is the bare frame 04 00 EF 07.
    @Test
    void musicScoreListEmpty() {
        assertWire(REGISTRY, new MusicScoreListResponse(List.of()), "04 00 EF 07");
    }

    // 02 §5.11: a partial trailing entry is malformed.
    @Test
    void musicScoreListPartialEntryFails() {
        assertThrows(DecodeException.class, () -> decodeExactFrame(REGISTRY, hex("07 00 EF 07 64 00 00")));
    }

    // 02 §5.11: padding bytes are written as zero and ignored when reading.
    @Test
    void musicScorePaddingIgnoredOnDecode() {
        Object decoded = decodeExactFrame(
                REGISTRY, hex("18 00 EF 07 64 00 FF FF 40 E2 01 00 00 00 00 00 00 00 00 00 06 00 00 AA"));
        assertEquals(
                new MusicScoreListResponse(List.of(new MusicScoreListResponse.ScoreEntry(100, 123456, 0, 0, 6, 0, 0))),
                decoded);
    }

    // 02 §5.11: MusicPlayRanking layout (self entry, then an i32-counted list).
    @Test
    void musicPlayRanking() {
        MusicPlayRankingResponse.RankEntry self = new MusicPlayRankingResponse.RankEntry(3, "abc", 10, 10, 1, 1, 2);
        assertWire(
                REGISTRY,
                new MusicPlayRankingResponse(self, List.of(self)),
                "3A 00 EC 07 03 00 00 00 61 62 63 00 0A 00 00 00 0A 00 00 00 01 00 00 00 01 02 00 00 00"
                        + " 01 00 00 00 03 00 00 00 61 62 63 00 0A 00 00 00 0A 00 00 00 01 00 00 00 01 02 00 00 00");
        assertWire(REGISTRY, GetMusicPlayRankingRequest.INSTANCE, "04 00 EB 07");
        assertWire(REGISTRY, GetMusicScoreListRequest.INSTANCE, "04 00 EE 07");
    }
}
