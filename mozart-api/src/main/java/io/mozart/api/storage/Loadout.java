package io.mozart.api.storage;

import java.util.Arrays;

/**
 * Equipment and bag of one character ({@code t_o2jam_item}, spec 06 §1.7). Item ids are 16-bit
 * in storage; 0 means empty.
 *
 * @param equipment     the 16 equipped item ids, index = ItemType 0..15 ({@code Equip1..Equip16})
 * @param bag           the 180 bag slots, index 0 = {@code Bag1}
 * @param bagExtensions {@code BAG_EXT_COUNT}, 0..5
 */
public record Loadout(short[] equipment, short[] bag, int bagExtensions) {

    /** Number of equipment slots (ItemType 0..15). */
    public static final int EQUIP_SLOTS = 16;
    /** Number of stored bag slots. */
    public static final int BAG_SLOTS = 180;
    /** Bag slots available without extensions. */
    public static final int BASE_CAPACITY = 30;
    /** Bag slots added per extension. */
    public static final int SLOTS_PER_EXTENSION = 30;
    /** Maximum number of bag extensions. */
    public static final int MAX_EXTENSIONS = 5;
    /** ItemType of the face slot ({@code Equip12}). */
    public static final int FACE = 11;

    /** Validates and copies. */
    public Loadout {
        if (equipment.length != EQUIP_SLOTS || bag.length != BAG_SLOTS) {
            throw new IllegalArgumentException("loadout needs 16 equipment and 180 bag slots");
        }
        if (bagExtensions < 0 || bagExtensions > MAX_EXTENSIONS) {
            throw new IllegalArgumentException("bag extensions " + bagExtensions);
        }
        equipment = equipment.clone();
        bag = bag.clone();
    }

    /**
     * @param gender the new character's gender
     * @return the loadout a registration creates: only the face, item 36 for female, 35 otherwise
     */
    public static Loadout starter(Gender gender) {
        final short[] equip = new short[EQUIP_SLOTS];
        equip[FACE] = (short) (gender == Gender.FEMALE ? 36 : 35);
        return new Loadout(equip, new short[BAG_SLOTS], 0);
    }

    @Override
    public short[] equipment() {
        return equipment.clone();
    }

    @Override
    public short[] bag() {
        return bag.clone();
    }

    /**
     * @return accessible bag slots: 30 + 30 × extensions
     */
    public int capacity() {
        return BASE_CAPACITY + SLOTS_PER_EXTENSION * bagExtensions;
    }

    /**
     * @param itemType ItemType 0..15
     * @return the equipped item id (0 = empty)
     */
    public int equipped(int itemType) {
        return equipment[itemType];
    }

    /**
     * @param slot 0-based bag slot within {@link #capacity()}
     * @return the item id in it (0 = empty)
     * @throws IndexOutOfBoundsException beyond capacity
     */
    public int bagSlot(int slot) {
        if (slot < 0 || slot >= capacity()) {
            throw new IndexOutOfBoundsException("bag slot " + slot + " beyond capacity " + capacity());
        }
        return bag[slot];
    }

    /**
     * @param itemId an item id
     * @return the first 0-based slot within capacity holding it, or -1
     */
    public int findBagSlot(int itemId) {
        for (int i = 0; i < capacity(); i++) {
            if (bag[i] == itemId) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param itemType ItemType 0..15
     * @param itemId   new item id (0 = unequip)
     * @return a copy with that slot changed
     */
    public Loadout withEquipped(int itemType, int itemId) {
        final short[] e = equipment.clone();
        e[itemType] = (short) itemId;
        return new Loadout(e, bag, bagExtensions);
    }

    /**
     * @param slot   0-based bag slot within capacity
     * @param itemId new item id
     * @return a copy with that slot changed
     */
    public Loadout withBagSlot(int slot, int itemId) {
        bagSlot(slot);
        final short[] b = bag.clone();
        b[slot] = (short) itemId;
        return new Loadout(equipment, b, bagExtensions);
    }

    /**
     * @param extensions new extension count 0..5
     * @return a copy with that count
     */
    public Loadout withBagExtensions(int extensions) {
        return new Loadout(equipment, bag, extensions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Loadout l
                && bagExtensions == l.bagExtensions
                && Arrays.equals(equipment, l.equipment)
                && Arrays.equals(bag, l.bag);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(equipment) + Arrays.hashCode(bag)) + bagExtensions;
    }

    @Override
    public String toString() {
        return "Loadout[equipment=" + Arrays.toString(equipment) + ", bagExtensions=" + bagExtensions + "]";
    }
}
