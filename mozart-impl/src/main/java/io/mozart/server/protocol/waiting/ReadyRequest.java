package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * Ready, C→S 0x0FA8 (spec 03 §5.10): empty body (frame {@code 04 00 A8 0F}, trailing bytes ignored).
 * Toggles the sender's ready flag.
 */
public record ReadyRequest() {

    /** The single value. */
    public static final ReadyRequest INSTANCE = new ReadyRequest();

    /** Wire codec. */
    public static final Codec<ReadyRequest> CODEC = Codecs.unit(INSTANCE);
}
