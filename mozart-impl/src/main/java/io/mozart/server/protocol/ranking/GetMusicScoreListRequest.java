package io.mozart.server.protocol.ranking;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;

/** GetMusicScoreList, C→S request 0x07EE (spec 02 §5.11). No body. */
public record GetMusicScoreListRequest() {
    public static final GetMusicScoreListRequest INSTANCE = new GetMusicScoreListRequest();
    public static final Codec<GetMusicScoreListRequest> CODEC = unit(INSTANCE);
}
