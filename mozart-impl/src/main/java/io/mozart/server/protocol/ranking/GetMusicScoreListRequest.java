package io.mozart.server.protocol.ranking;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetMusicScoreList, C→S request 0x07EE (spec 02 §5.11). No body.
 */
public record GetMusicScoreListRequest() {

    /** The only value. */
    public static final GetMusicScoreListRequest INSTANCE = new GetMusicScoreListRequest();

    /** No body. */
    public static final Codec<GetMusicScoreListRequest> CODEC = Codecs.unit(INSTANCE);
}
