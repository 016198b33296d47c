package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * RefreshBag — C→S request — opcode 0x13AE (spec 05 §6.7; the opcode table spells it "RefershBag"). No body;
 * answered by {@link BagRefreshResponse}.
 */
public record RefreshBagRequest() {

    /** The only value. */
    public static final RefreshBagRequest INSTANCE = new RefreshBagRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<RefreshBagRequest> CODEC = Codecs.unit(INSTANCE);
}
