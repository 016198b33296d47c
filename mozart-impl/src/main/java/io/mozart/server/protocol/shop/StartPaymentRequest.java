package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** StartPayment — C→S request — opcode 0x1397 (spec 05 §3). No body; answered by {@link StartPaymentResponse}. */
public record StartPaymentRequest() implements ClientMessage {
    public static final StartPaymentRequest INSTANCE = new StartPaymentRequest();
    public static final Codec<StartPaymentRequest> CODEC = unit(INSTANCE);
}
