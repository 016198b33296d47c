package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * SellItem — C→S request — opcode 0x138A (spec 05 §3).
 *
 * @param bagSlotIndex 0-based bag slot (any i32; the handler range-checks it)
 */
public record SellItemRequest(int bagSlotIndex) {
    public static final Codec<SellItemRequest> CODEC =
            of(of("bagSlotIndex", I32, SellItemRequest::bagSlotIndex), SellItemRequest::new);
}
