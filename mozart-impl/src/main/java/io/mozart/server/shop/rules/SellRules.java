package io.mozart.server.shop.rules;

/**
 * SellItem's price rule (spec 05 §3, oddity 4): the seller gets the item's full Itemdata {@code gemPrice}
 * field, whatever its currency (NotForSale or MCash items sell for their Gem field, usually 0) and whatever
 * the stack size (a stack sells for one unit's price and disappears).
 */
public final class SellRules {

    private SellRules() {
    }

    /**
     * @param gemPrice the Itemdata {@code gemPrice} of the item in the slot
     * @return the Gem credited for selling it: exactly {@code gemPrice}
     */
    public static int sellPrice(int gemPrice) {
        return gemPrice;
    }

    /**
     * The new Gem balance. The reference adds without an overflow check (an {@code int} wrap); Mozart saturates
     * at the {@code i32} limits instead (a server-side fix, listed for docs/compatibility.md).
     *
     * @param gem      balance before the sale
     * @param gemPrice the Itemdata {@code gemPrice}
     * @return balance after the sale
     */
    public static int gemAfterSale(int gem, int gemPrice) {
        long sum = (long) gem + sellPrice(gemPrice);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sum));
    }
}
