package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** StartGame, C→S 0x0FAA (spec 03 §7, 04 §4): empty body, frame {@code 04 00 AA 0F}. */
public record StartGameRequest() implements ClientMessage {
    public static final StartGameRequest INSTANCE = new StartGameRequest();
    public static final Codec<StartGameRequest> CODEC = unit(INSTANCE);
}
