package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncCashPoint — C→S request — opcode 0x13A4 (spec 05 §5). No body; answered by {@link SyncCashPointResponse}. */
public record SyncCashPointRequest() implements ClientMessage {
    public static final SyncCashPointRequest INSTANCE = new SyncCashPointRequest();
    public static final Codec<SyncCashPointRequest> CODEC = unit(INSTANCE);
}
