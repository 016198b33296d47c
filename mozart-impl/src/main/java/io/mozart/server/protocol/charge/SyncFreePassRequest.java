package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SyncFreePass — C→S request — opcode 0x13A1 (spec 05 §5). No body; answered by {@link SyncFreePassResponse}.
 */
public record SyncFreePassRequest() {

    /** The only value. */
    public static final SyncFreePassRequest INSTANCE = new SyncFreePassRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<SyncFreePassRequest> CODEC = Codecs.unit(INSTANCE);
}
