package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SellItem — C→S request — opcode 0x138A (spec 05 §3). */
public record SellItemRequest(int bagSlotIndex) implements ClientMessage {
    public static final Codec<SellItemRequest> CODEC =
            of(of("bagSlotIndex", I32, SellItemRequest::bagSlotIndex), SellItemRequest::new);
}
