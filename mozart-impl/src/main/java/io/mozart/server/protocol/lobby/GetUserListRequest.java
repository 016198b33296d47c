package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * GetUserList, C→S request 0x07DA (spec 02 §5.3). No body.
 */
public record GetUserListRequest() {

    /** The only value. */
    public static final GetUserListRequest INSTANCE = new GetUserListRequest();

    /** No body. */
    public static final Codec<GetUserListRequest> CODEC = Codecs.unit(INSTANCE);
}
