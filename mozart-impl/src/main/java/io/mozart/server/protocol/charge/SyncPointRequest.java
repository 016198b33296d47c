package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncPoint — C→S request — opcode 0x1395 (spec 05 §5). No body; answered by {@link SyncPointResponse}. */
public record SyncPointRequest() implements ClientMessage {
    public static final SyncPointRequest INSTANCE = new SyncPointRequest();
    public static final Codec<SyncPointRequest> CODEC = unit(INSTANCE);
}
