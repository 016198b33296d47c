package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * EquipItem — C→S request — opcode 0x138C (spec 05 §6.1).
 *
 * @param itemType     ItemType equipment slot (0…16 defined; any i32 decodes)
 * @param bagSlotIndex 0-based bag slot to swap with
 */
public record EquipItemRequest(int itemType, int bagSlotIndex) {

    /** The wire codec. */
    public static final Codec<EquipItemRequest> CODEC = StructCodec.of(
            Field.of("itemType", Codecs.I32, EquipItemRequest::itemType),
            Field.of("bagSlotIndex", Codecs.I32, EquipItemRequest::bagSlotIndex),
            EquipItemRequest::new);
}
