package io.mozart.api.storage;

import java.util.List;
import java.util.Optional;

/**
 * Stack counts of stackable items ({@code t_o2jam_char_attr_item}), keyed by (user, item).
 */
public interface AttributiveItemRepository {

    /**
     * @param userId a user id
     * @return the user's records in storage order
     */
    List<AttributiveItem> list(int userId);

    /**
     * @param userId a user id
     * @param itemId an item id
     * @return the record (the first, should several exist)
     */
    Optional<AttributiveItem> find(int userId, int itemId);

    /**
     * Sets a count: an existing record gets {@code OLD := USED, USED := count}; otherwise a record
     * {@code (count, OLD 0, REG_DATE now)} is inserted.
     *
     * @param userId a user id
     * @param itemId an item id
     * @param count  new count
     * @return the stored record
     */
    AttributiveItem setCount(int userId, int itemId, int count);

    /**
     * @param userId a user id
     * @param itemId an item id
     * @return how many records were deleted
     */
    int delete(int userId, int itemId);
}
