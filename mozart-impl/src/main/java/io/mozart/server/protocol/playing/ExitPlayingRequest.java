package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ExitPlaying, C→S 0x0FB5 (spec 04 §4): empty body, frame {@code 04 00 B5 0F}. */
public record ExitPlayingRequest() implements ClientMessage {
    public static final ExitPlayingRequest INSTANCE = new ExitPlayingRequest();
    public static final Codec<ExitPlayingRequest> CODEC = unit(INSTANCE);
}
