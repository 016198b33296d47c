package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * SyncPoint — C→S request — opcode 0x1395 (spec 05 §5). No body; answered by {@link SyncPointResponse}.
 */
public record SyncPointRequest() {

    /** The only value. */
    public static final SyncPointRequest INSTANCE = new SyncPointRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<SyncPointRequest> CODEC = Codecs.unit(INSTANCE);
}
