package io.mozart.server.myroom.rules;

/**
 * Outcome of the checks ChangeName (05 §6.3) and BagExpansion (05 §6.6) run, in the reference's order,
 * before consuming the ticket item. Every value other than {@link #OK} is answered with {@code invalid = 1}.
 */
public enum TicketCheck {
    /** All checks passed: consume one use and apply the effect. */
    OK,
    /** {@code bagSlotIndex} outside {@code [0, capacity)}. */
    SLOT_OUT_OF_RANGE,
    /** The slot does not hold {@code itemId}. */
    ITEM_MISMATCH,
    /** {@code itemId} is not in the channel's Itemdata table. */
    UNKNOWN_ITEM,
    /** The item's kind is not the one this request consumes. */
    WRONG_KIND,
    /** BagExpansion only: the bag was already expanded 5 times. */
    EXPANSION_LIMIT;

    /**
     * The checks of ChangeName and BagExpansion.
     *
     * @param bagSlotIndex   slot from the request
     * @param capacity       bag capacity
     * @param slotItemId     item id currently in that slot (ignored when the slot is out of range)
     * @param requestItemId  item id from the request
     * @param itemKind       the Itemdata kind of {@code requestItemId}, or {@code null} when it is not in Itemdata
     * @param requiredKind   {@link ItemKinds#NAME_CHANGER} or {@link ItemKinds#BAG_EXPANSION}
     * @param expansions     expansions done so far (only looked at for {@link ItemKinds#BAG_EXPANSION})
     * @return the first failing check, or {@link #OK}
     */
    public static TicketCheck check(
            int bagSlotIndex,
            int capacity,
            int slotItemId,
            int requestItemId,
            Integer itemKind,
            int requiredKind,
            int expansions) {
        if (!BagRules.isSlotInRange(bagSlotIndex, capacity)) {
            return SLOT_OUT_OF_RANGE;
        }
        if (slotItemId != requestItemId) {
            return ITEM_MISMATCH;
        }
        if (itemKind == null) {
            return UNKNOWN_ITEM;
        }
        if (itemKind != requiredKind) {
            return WRONG_KIND;
        }
        if (requiredKind == ItemKinds.BAG_EXPANSION && !BagRules.canExpand(expansions)) {
            return EXPANSION_LIMIT;
        }
        return OK;
    }
}
