package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** RefreshBag — C→S request — opcode 0x13AE (spec 05 §6.7; the opcode table spells it "RefershBag"). */
public record RefreshBagRequest() implements ClientMessage {
    public static final RefreshBagRequest INSTANCE = new RefreshBagRequest();
    public static final Codec<RefreshBagRequest> CODEC = unit(INSTANCE);
}
