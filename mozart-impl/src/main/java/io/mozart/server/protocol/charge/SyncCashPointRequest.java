package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SyncCashPoint — C→S request — opcode 0x13A4 (spec 05 §5). No body; answered by {@link SyncCashPointResponse}.
 */
public record SyncCashPointRequest() {

    /** The only value. */
    public static final SyncCashPointRequest INSTANCE = new SyncCashPointRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<SyncCashPointRequest> CODEC = Codecs.unit(INSTANCE);
}
