package io.mozart.server.myroom.rules;

import io.mozart.server.protocol.common.BagCapacity;
import java.util.List;

/**
 * Bag and equipment rules of spec 05 §6 and §9.2–§9.4: capacity, expansion limit, slot ranges, consuming one
 * use of an item, where a claimed gift lands, and which equipment slots exist. Pure functions, no I/O.
 */
public final class BagRules {

    /** Slots of a bag that was never expanded. */
    public static final int BASE_CAPACITY = BagCapacity.BASE;

    /** Slots added by one BagExpansion (also the {@code expansionSize} the reply carries). */
    public static final int EXPANSION_SIZE = BagCapacity.EXPANSION_SIZE;

    /** How often a bag can be expanded. */
    public static final int MAX_EXPANSIONS = BagCapacity.MAX_EXPANSIONS;

    /** Capacity after {@link #MAX_EXPANSIONS} expansions (the loadout has 180 bag columns). */
    public static final int MAX_CAPACITY = BagCapacity.MAX;

    /** Number of ItemType values the server accepts in EquipItem (0 Instrument … 16 Costume). */
    public static final int ITEM_TYPE_COUNT = 17;

    /** ItemType 16: defined, passes the reference's validation, but has no storage column. */
    public static final int ITEM_TYPE_COSTUME = 16;

    /** Number of equipment slots that are stored and sent (ItemType 0…15). */
    public static final int EQUIPMENT_SLOTS = 16;

    private BagRules() {}

    /**
     * {@code capacity = 30 + 30 × expansions}.
     *
     * @param expansions the stored {@code BAG_EXT_COUNT}, 0…5
     * @return 30, 60, 90, 120, 150 or 180
     * @throws IllegalArgumentException when {@code expansions} is outside 0…5
     */
    public static int capacity(int expansions) {
        if (expansions < 0 || expansions > MAX_EXPANSIONS) {
            throw new IllegalArgumentException("bag expansions out of 0.." + MAX_EXPANSIONS + ": " + expansions);
        }
        return BASE_CAPACITY + EXPANSION_SIZE * expansions;
    }

    /**
     * @param capacity a bag size
     * @return whether it is one of 30, 60, …, 180
     */
    public static boolean isValidCapacity(int capacity) {
        return BagCapacity.isValid(capacity);
    }

    /**
     * @param expansions expansions done so far
     * @return whether one more BagExpansion is allowed (reference: fewer than 5 so far)
     */
    public static boolean canExpand(int expansions) {
        return expansions < MAX_EXPANSIONS;
    }

    /**
     * The slot check of SellItem, EquipItem, ChangeName and BagExpansion: {@code 0 ≤ slot < capacity}.
     *
     * @param bagSlotIndex the 0-based slot from the request
     * @param capacity     the bag's capacity
     * @return whether the slot is accessible
     */
    public static boolean isSlotInRange(int bagSlotIndex, int capacity) {
        return bagSlotIndex >= 0 && bagSlotIndex < capacity;
    }

    /**
     * The first empty slot (lowest index holding id 0), where ClaimGift puts an item.
     *
     * @param bag the item id per slot, slot order, exactly {@code capacity} entries
     * @return the index, or -1 when the bag is full (ClaimGift then fails with result 4)
     */
    public static int firstEmptySlot(List<Integer> bag) {
        for (int i = 0; i < bag.size(); i++) {
            if (bag.get(i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The count written for a claimed item gift: the Itemdata quantity for kind AttributiveItem (24), else 0.
     *
     * @param itemKind the Itemdata kind
     * @param quantity the Itemdata quantity
     * @return the count to store
     */
    public static int claimedGiftCount(int itemKind, int quantity) {
        return itemKind == ItemKinds.ATTRIBUTIVE_ITEM ? quantity : 0;
    }

    /**
     * "Consume one use" (05 §9.3): count − 1 while more than one use is left, otherwise the slot is emptied
     * (id 0, count 0, and the storage then deletes the count record of the item that was in the slot).
     *
     * @param slot the slot before use
     * @return the slot after use
     */
    public static SlotContent consumeOne(SlotContent slot) {
        if (slot.count() > 1) {
            return new SlotContent(slot.itemId(), slot.count() - 1);
        }
        return SlotContent.EMPTY;
    }

    /**
     * The EquipItem validation of the reference: the slot is in range and the ItemType is one of 0…16.
     * Note that 16 (Costume) passes here; see {@link #isStorableItemType}.
     *
     * @param itemType     ItemType from the request
     * @param bagSlotIndex slot from the request
     * @param capacity     bag capacity
     * @return whether the reference answers with a success (or, for Costume, with a silent drop)
     */
    public static boolean isValidEquipRequest(int itemType, int bagSlotIndex, int capacity) {
        return isSlotInRange(bagSlotIndex, capacity) && itemType >= 0 && itemType < ITEM_TYPE_COUNT;
    }

    /**
     * @param itemType an ItemType
     * @return whether it has an equipment column (0…15); 16 Costume does not
     */
    public static boolean isStorableItemType(int itemType) {
        return itemType >= 0 && itemType < EQUIPMENT_SLOTS;
    }

    /**
     * Whether an item of the item table may go into an equipment slot (Mozart's check, docs/compatibility.md E6;
     * the reference accepts anything): consumables (kinds 24–27) never; an item whose part is an equipment slot
     * (0–15) only into that slot; other parts (body parts, or derived from the kind) are not checked.
     *
     * @param kind     the Itemdata kind
     * @param part     the Itemdata part (already derived from the kind when the file says 255)
     * @param itemType the ItemType of the request
     * @return whether the swap may go ahead
     */
    public static boolean fitsEquipmentSlot(int kind, int part, int itemType) {
        if (kind >= ItemKinds.ATTRIBUTIVE_ITEM && kind <= ItemKinds.BAG_EXPANSION) {
            return false;
        }
        return !isStorableItemType(part) || part == itemType;
    }

    /**
     * What one bag slot reads as: the item id and the count of that item's record (0 when there is none).
     *
     * @param itemId item id, 0 = empty
     * @param count  remaining uses, 0 = no count record
     */
    public record SlotContent(int itemId, int count) {

        /** An empty slot. */
        public static final SlotContent EMPTY = new SlotContent(0, 0);

        /** @return whether the slot holds no item */
        public boolean isEmpty() {
            return itemId == 0;
        }
    }
}
