package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SellItem — C→S request — opcode 0x138A (spec 05 §3).
 *
 * @param bagSlotIndex 0-based bag slot (any i32; the handler range-checks it)
 */
public record SellItemRequest(int bagSlotIndex) {

    /** The wire codec. */
    public static final Codec<SellItemRequest> CODEC = StructCodec.of(
            Field.of("bagSlotIndex", Codecs.I32, SellItemRequest::bagSlotIndex),
            SellItemRequest::new);
}
