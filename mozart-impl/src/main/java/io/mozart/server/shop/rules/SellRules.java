package io.mozart.server.shop.rules;

import java.util.OptionalInt;

/**
 * SellItem's price rule (spec 05 §3, oddity 4): the seller gets the item's full Itemdata {@code gemPrice}
 * field, whatever its currency (NotForSale or MCash items sell for their Gem field, usually 0) and whatever
 * the stack size (a stack sells for one unit's price and disappears).
 *
 * <p>Two server-side fixes (docs/compatibility.md E4): a negative {@code gemPrice} (a broken Itemdata file)
 * sells for 0 instead of debiting the seller, and a sale that would overflow the {@code i32} Gem balance is
 * refused instead of wrapping.
 */
public final class SellRules {

    private SellRules() {}

    /**
     * @param gemPrice the Itemdata {@code gemPrice} of the item in the slot
     * @return the Gem credited for selling it: {@code gemPrice}, or 0 when the field is negative
     */
    public static int sellPrice(int gemPrice) {
        return Math.max(0, gemPrice);
    }

    /**
     * The new Gem balance.
     *
     * @param gem      balance before the sale
     * @param gemPrice the Itemdata {@code gemPrice}
     * @return balance after the sale, empty when it would exceed {@link Integer#MAX_VALUE} (the sale is refused)
     */
    public static OptionalInt gemAfterSale(int gem, int gemPrice) {
        long sum = (long) gem + sellPrice(gemPrice);
        return sum > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) sum);
    }
}
