package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** Ready, C→S 0x0FA8 (spec 03 §5.10): empty body (frame {@code 04 00 A8 0F}, trailing bytes ignored). */
public record ReadyRequest() implements ClientMessage {
    public static final ReadyRequest INSTANCE = new ReadyRequest();
    public static final Codec<ReadyRequest> CODEC = unit(INSTANCE);
}
