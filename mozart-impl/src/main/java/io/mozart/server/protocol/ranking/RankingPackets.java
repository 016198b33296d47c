package io.mozart.server.protocol.ranking;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.Opcodes.Request;
import io.mozart.server.protocol.Opcodes.Response;

/** Binds the ranking records (spec 02 §5.11) to their opcodes. */
public final class RankingPackets {
    private RankingPackets() {}

    public static void register(PacketRegistry.Builder builder) {
        builder.register(
                        Request.GET_MUSIC_PLAY_RANKING,
                        GetMusicPlayRankingRequest.class,
                        GetMusicPlayRankingRequest.CODEC)
                .register(
                        Response.GET_MUSIC_PLAY_RANKING, MusicPlayRankingResponse.class, MusicPlayRankingResponse.CODEC)
                .register(Request.GET_MUSIC_SCORE_LIST, GetMusicScoreListRequest.class, GetMusicScoreListRequest.CODEC)
                .register(Response.GET_MUSIC_SCORE_LIST, MusicScoreListResponse.class, MusicScoreListResponse.CODEC);
    }
}
