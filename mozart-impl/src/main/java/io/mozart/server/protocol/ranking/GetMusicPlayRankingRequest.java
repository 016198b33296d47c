package io.mozart.server.protocol.ranking;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetMusicPlayRanking, C→S request 0x07EB (spec 02 §5.11). No body. */
public record GetMusicPlayRankingRequest() implements ClientMessage {
    public static final GetMusicPlayRankingRequest INSTANCE = new GetMusicPlayRankingRequest();
    public static final Codec<GetMusicPlayRankingRequest> CODEC = unit(INSTANCE);
}
