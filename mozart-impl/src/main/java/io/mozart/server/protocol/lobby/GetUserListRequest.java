package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetUserList, C→S request 0x07DA (spec 02 §5.3). No body. */
public record GetUserListRequest() implements ClientMessage {
    public static final GetUserListRequest INSTANCE = new GetUserListRequest();
    public static final Codec<GetUserListRequest> CODEC = unit(INSTANCE);
}
