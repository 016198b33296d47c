package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.unit;

/** GetUserList, C→S request 0x07DA (spec 02 §5.3). No body. */
public record GetUserListRequest() {
    public static final GetUserListRequest INSTANCE = new GetUserListRequest();
    public static final Codec<GetUserListRequest> CODEC = unit(INSTANCE);
}
