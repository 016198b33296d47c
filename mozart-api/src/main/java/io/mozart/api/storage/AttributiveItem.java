package io.mozart.api.storage;

import java.time.Instant;

/**
 * Stack count of a stackable ("attributive") item of one character ({@code t_o2jam_char_attr_item}).
 *
 * @param id            {@code INDEX_ID}
 * @param itemId        {@code ITEM_INDEX_ID}
 * @param count         {@code USED_COUNT}, the current count
 * @param previousCount {@code OLD_USED_COUNT}
 * @param registeredAt  {@code REG_DATE}
 */
public record AttributiveItem(int id, int itemId, int count, int previousCount, Instant registeredAt) {}
