package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetMusicList, C→S request 0x0FBE (spec 02 §5.8). No body. */
public record GetMusicListRequest() implements ClientMessage {
    public static final GetMusicListRequest INSTANCE = new GetMusicListRequest();
    public static final Codec<GetMusicListRequest> CODEC = unit(INSTANCE);
}
