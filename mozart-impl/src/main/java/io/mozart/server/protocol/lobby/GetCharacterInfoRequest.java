package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** GetCharacterInfo, C→S request 0x07D0 (spec 02 §4). */
public record GetCharacterInfoRequest() implements ClientMessage {
    public static final GetCharacterInfoRequest INSTANCE = new GetCharacterInfoRequest();
    public static final Codec<GetCharacterInfoRequest> CODEC = unit(INSTANCE);
}
