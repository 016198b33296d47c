package io.mozart.api.storage;

import java.util.Optional;

/**
 * Equipment and bag ({@code t_o2jam_item}), one row per character. Bag writes also maintain the
 * stack counts of {@link AttributiveItemRepository} per spec 06 §1.7.
 */
public interface InventoryRepository {

    /**
     * Inserts the loadout row of a new character.
     *
     * @param userId  the character
     * @param loadout initial loadout (see {@link Loadout#starter(Gender)})
     */
    void create(int userId, Loadout loadout);

    /**
     * @param userId a user id
     * @return the loadout
     */
    Optional<Loadout> find(int userId);

    /**
     * @param userId   a user id
     * @param itemType ItemType 0..15
     * @param itemId   item id (0 = unequip)
     * @return whether a loadout was updated
     */
    boolean equip(int userId, int itemType, int itemId);

    /**
     * Writes a bag slot with the rules of spec 06 §1.7: store the id; when {@code itemId == 0} or
     * {@code count <= 0} delete the count records of the item previously in the slot; otherwise
     * update ({@code OLD := USED; USED := count}) or insert the count record of {@code itemId}.
     *
     * @param userId a user id
     * @param slot   0-based bag slot within the capacity
     * @param itemId item id
     * @param count  stack count
     * @return whether a loadout was updated
     * @throws IndexOutOfBoundsException when the slot lies beyond the capacity
     */
    boolean writeBagSlot(int userId, int slot, int itemId, int count);

    /**
     * Adds one bag extension (30 slots) when fewer than 5 exist.
     *
     * @param userId a user id
     * @return the new extension count, empty if there is no loadout or it is already at 5
     */
    Optional<Integer> expandBag(int userId);

    /**
     * Replaces the whole loadout row (admin tools). Stack counts are not touched.
     *
     * @param userId  a user id
     * @param loadout new loadout
     * @return whether a loadout was updated
     */
    boolean set(int userId, Loadout loadout);
}
