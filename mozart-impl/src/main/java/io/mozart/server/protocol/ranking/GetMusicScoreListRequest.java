package io.mozart.server.protocol.ranking;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetMusicScoreList, C→S request 0x07EE (spec 02 §5.11). No body. */
public record GetMusicScoreListRequest() implements ClientMessage {
    public static final GetMusicScoreListRequest INSTANCE = new GetMusicScoreListRequest();
    public static final Codec<GetMusicScoreListRequest> CODEC = unit(INSTANCE);
}
