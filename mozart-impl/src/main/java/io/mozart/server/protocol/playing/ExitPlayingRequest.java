package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * ExitPlaying, C→S 0x0FB5 (spec 04 §4): empty body, frame {@code 04 00 B5 0F}. Sent when leaving the
 * result screen or quitting mid-song; the player stays in the room.
 */
public record ExitPlayingRequest() {

    /** The single value. */
    public static final ExitPlayingRequest INSTANCE = new ExitPlayingRequest();

    /** Wire codec. */
    public static final Codec<ExitPlayingRequest> CODEC = Codecs.unit(INSTANCE);
}
