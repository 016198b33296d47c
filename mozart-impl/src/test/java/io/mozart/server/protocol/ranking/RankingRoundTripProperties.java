package io.mozart.server.protocol.ranking;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/** The shared record properties ({@link RecordCodecProperties}) for the ranking area, with its spec sizes. */
class RankingRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(RankingPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return RankingArbitraries.all();
    }

    /** Sizes from spec 02 §5.11. */
    @Override
    protected OptionalInt expectedBodySize(Object p) {
        if (p instanceof GetMusicPlayRankingRequest || p instanceof GetMusicScoreListRequest) {
            return OptionalInt.of(0);
        }
        if (p instanceof MusicScoreListResponse r) {
            return OptionalInt.of(
                    MusicScoreListResponse.ScoreEntry.SIZE * r.entries().size());
        }
        if (p instanceof MusicPlayRankingResponse r) {
            int size = entrySize(r.self()) + 4;
            for (MusicPlayRankingResponse.RankEntry e : r.entries()) {
                size += entrySize(e);
            }
            return OptionalInt.of(size);
        }
        return OptionalInt.empty();
    }

    private static int entrySize(MusicPlayRankingResponse.RankEntry e) {
        return 4 + utf8(e.nickname()) + 1 + 4 + 4 + 4 + 1 + 4;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
