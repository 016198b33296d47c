package io.mozart.server.protocol.ranking;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetMusicPlayRanking, C→S request 0x07EB (spec 02 §5.11). No body.
 */
public record GetMusicPlayRankingRequest() {

    /** The only value. */
    public static final GetMusicPlayRankingRequest INSTANCE = new GetMusicPlayRankingRequest();

    /** No body. */
    public static final Codec<GetMusicPlayRankingRequest> CODEC = Codecs.unit(INSTANCE);
}
