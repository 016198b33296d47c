package io.mozart.server.protocol.common;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.fixedList;

import io.mozart.encore.codec.Codec;
import java.util.Collections;
import java.util.List;

/** The 64-byte equipment block (spec 02 §2.1): sixteen {@code i32} item ids, one per ItemType 0–15, 0 = none. */
public record EquipBlock(List<Integer> itemIds) {
    public static final int SLOTS = 16;
    public static final EquipBlock EMPTY = new EquipBlock(Collections.nCopies(SLOTS, 0));
    /** The wire codec: exactly sixteen {@code i32}, no count. */
    public static final Codec<EquipBlock> CODEC = fixedList(I32, SLOTS).map(EquipBlock::new, EquipBlock::itemIds);

    public EquipBlock {
        if (itemIds == null || itemIds.size() != SLOTS) {
            throw new IllegalArgumentException("equip block needs " + SLOTS + " item ids");
        }
        itemIds = List.copyOf(itemIds);
    }
    /** @return the item id in slot {@code itemType} (ItemType 0..15), 0 when empty */
    public int get(int itemType) {
        return itemIds.get(itemType);
    }
}
