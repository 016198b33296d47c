package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetMusicList, C→S request 0x0FBE (spec 02 §5.8). No body.
 */
public record GetMusicListRequest() {

    /** The only value. */
    public static final GetMusicListRequest INSTANCE = new GetMusicListRequest();

    /** No body. */
    public static final Codec<GetMusicListRequest> CODEC = Codecs.unit(INSTANCE);
}
