package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * EquipmentInfo, the 16-byte tail of EquipItem 0x138D (spec 05 §6.1).
 *
 * @param itemType               echo of the request
 * @param newEquippedItemId      id now in the equipment slot (0 = slot now empty)
 * @param bagSlotIndex           echo of the request
 * @param previousEquippedItemId id that moved into the bag slot (0 = bag slot now empty)
 */
public record EquipmentInfo(int itemType, int newEquippedItemId, int bagSlotIndex, int previousEquippedItemId) {

    /** Size on the wire in bytes. */
    public static final int SIZE = 16;

    /** The wire codec. */
    public static final Codec<EquipmentInfo> CODEC = StructCodec.of(
            Field.of("itemType", Codecs.I32, EquipmentInfo::itemType),
            Field.of("newEquippedItemId", Codecs.I32, EquipmentInfo::newEquippedItemId),
            Field.of("bagSlotIndex", Codecs.I32, EquipmentInfo::bagSlotIndex),
            Field.of("previousEquippedItemId", Codecs.I32, EquipmentInfo::previousEquippedItemId),
            EquipmentInfo::new);
}
