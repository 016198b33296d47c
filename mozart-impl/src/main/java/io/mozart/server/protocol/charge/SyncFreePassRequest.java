package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncFreePass — C→S request — opcode 0x13A1 (spec 05 §5). No body; answered by {@link SyncFreePassResponse}. */
public record SyncFreePassRequest() implements ClientMessage {
    public static final SyncFreePassRequest INSTANCE = new SyncFreePassRequest();
    public static final Codec<SyncFreePassRequest> CODEC = unit(INSTANCE);
}
