package io.mozart.api.storage;

/**
 * The currencies of one character ({@code t_o2jam_charcash}). Also used as a signed delta in
 * {@link WalletRepository#adjust(int, Wallet)}.
 *
 * @param gem       in-game currency
 * @param point     distributor premium currency ("MCash")
 * @param o2Cash    global premium currency
 * @param musicCash reported only
 * @param itemCash  reported only
 * @param cashPoint premium-song play tickets
 */
public record Wallet(int gem, int point, int o2Cash, int musicCash, int itemCash, int cashPoint) {

    /** All zero (new characters, and the neutral delta). */
    public static final Wallet EMPTY = new Wallet(0, 0, 0, 0, 0, 0);

    /**
     * @param gem delta of gems
     * @return a delta that changes only gems
     */
    public static Wallet gems(int gem) {
        return new Wallet(gem, 0, 0, 0, 0, 0);
    }

    /**
     * @param cashPoint delta of cash points
     * @return a delta that changes only cash points
     */
    public static Wallet cashPoints(int cashPoint) {
        return new Wallet(0, 0, 0, 0, 0, cashPoint);
    }

    /**
     * @param delta signed amounts to add
     * @return the sum
     * @throws ArithmeticException when any amount overflows {@code int}
     */
    public Wallet plus(Wallet delta) {
        return new Wallet(
                Math.addExact(gem, delta.gem),
                Math.addExact(point, delta.point),
                Math.addExact(o2Cash, delta.o2Cash),
                Math.addExact(musicCash, delta.musicCash),
                Math.addExact(itemCash, delta.itemCash),
                Math.addExact(cashPoint, delta.cashPoint));
    }

    /**
     * @return whether any amount is negative
     */
    public boolean anyNegative() {
        return gem < 0 || point < 0 || o2Cash < 0 || musicCash < 0 || itemCash < 0 || cashPoint < 0;
    }

    /**
     * What {@link WalletRepository#adjust(int, Wallet)} stores: this wallet plus a delta, refused when a balance
     * would overflow or go negative.
     *
     * @param delta  signed amounts to add
     * @param userId whose wallet this is, for the message
     * @return the sum
     * @throws InsufficientFundsException when any amount would overflow {@code int} or go below zero
     */
    public Wallet adjustedBy(Wallet delta, int userId) {
        final Wallet next;
        try {
            next = plus(delta);
        } catch (ArithmeticException e) {
            throw new InsufficientFundsException("wallet of user " + userId + " would overflow");
        }
        if (next.anyNegative()) {
            throw new InsufficientFundsException("wallet of user " + userId + " would go negative");
        }
        return next;
    }
}
