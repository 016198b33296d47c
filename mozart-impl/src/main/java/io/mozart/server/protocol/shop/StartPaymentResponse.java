package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/**
 * StartPayment — S→C response — opcode 0x1398 (spec 05 §3). Empty body: the frame is always {@code 04 00 98 13}.
 */
public record StartPaymentResponse() {

    /** The only value. */
    public static final StartPaymentResponse INSTANCE = new StartPaymentResponse();

    /** The wire codec: no body (extra bytes are ignored). */
    public static final Codec<StartPaymentResponse> CODEC = Codecs.unit(INSTANCE);
}
