package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** Terminate, C→S request 0xFFF0 (spec 01 §4.4). No body; no reply, the server closes the connection. */
public record TerminateRequest() implements ClientMessage {
    public static final TerminateRequest INSTANCE = new TerminateRequest();
    public static final Codec<TerminateRequest> CODEC = unit(INSTANCE);
}
