package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** StartPayment — S→C response — opcode 0x1398 (spec 05 §3). Empty body: the frame is always {@code 04 00 98 13}. */
public record StartPaymentResponse() implements ServerMessage {
    public static final StartPaymentResponse INSTANCE = new StartPaymentResponse();
    public static final Codec<StartPaymentResponse> CODEC = unit(INSTANCE);
}
