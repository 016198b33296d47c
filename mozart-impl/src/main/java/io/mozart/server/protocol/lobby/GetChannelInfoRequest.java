package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetChannelInfo, C→S request 0x07D2 (spec 02 §5.1). No body. Answered by UserList 0x07DB, then RoomList 0x07D3. */
public record GetChannelInfoRequest() implements ClientMessage {
    public static final GetChannelInfoRequest INSTANCE = new GetChannelInfoRequest();
    public static final Codec<GetChannelInfoRequest> CODEC = unit(INSTANCE);
}
