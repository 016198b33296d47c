package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;

/** EquipmentInfo, the 16-byte tail of EquipItem 0x138D (spec 05 §6.1). */
public record EquipmentInfo(int itemType, int newEquippedItemId, int bagSlotIndex, int previousEquippedItemId) {
    public static final int SIZE = 16;
    public static final Codec<EquipmentInfo> CODEC = of(
            of("itemType", I32, EquipmentInfo::itemType),
            of("newEquippedItemId", I32, EquipmentInfo::newEquippedItemId),
            of("bagSlotIndex", I32, EquipmentInfo::bagSlotIndex),
            of("previousEquippedItemId", I32, EquipmentInfo::previousEquippedItemId),
            EquipmentInfo::new);
}
