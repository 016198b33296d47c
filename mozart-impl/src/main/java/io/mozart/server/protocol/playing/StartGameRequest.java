package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * StartGame, C→S 0x0FAA (spec 03 §7, 04 §4): empty body, frame {@code 04 00 AA 0F}. Master only; the
 * answer is a {@link StartGameNotice} (failures to the master only, success to the whole room).
 */
public record StartGameRequest() {

    /** The single value. */
    public static final StartGameRequest INSTANCE = new StartGameRequest();

    /** Wire codec. */
    public static final Codec<StartGameRequest> CODEC = Codecs.unit(INSTANCE);
}
