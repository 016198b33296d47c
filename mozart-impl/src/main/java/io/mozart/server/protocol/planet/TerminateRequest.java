package io.mozart.server.protocol.planet;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * Terminate, C→S request 0xFFF0 (spec 01 §4.4). No body; no reply, the server closes the connection.
 */
public record TerminateRequest() {

    /** The only value. */
    public static final TerminateRequest INSTANCE = new TerminateRequest();

    /** No body. */
    public static final Codec<TerminateRequest> CODEC = Codecs.unit(INSTANCE);
}
