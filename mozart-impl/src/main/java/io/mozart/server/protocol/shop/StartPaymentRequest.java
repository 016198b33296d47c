package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * StartPayment — C→S request — opcode 0x1397 (spec 05 §3). No body; answered by {@link StartPaymentResponse}.
 */
public record StartPaymentRequest() {

    /** The only value. */
    public static final StartPaymentRequest INSTANCE = new StartPaymentRequest();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<StartPaymentRequest> CODEC = Codecs.unit(INSTANCE);
}
