package io.mozart.server.protocol.common;

/** Bag sizes the protocol knows (spec 05 §6): 30 slots, plus 30 per expansion, at most 5 expansions. */
public final class BagCapacity {
    /** Slots of a bag that was never expanded. */
    public static final int BASE = 30;

    /** Slots added by one BagExpansion (also the {@code expansionSize} the reply carries). */
    public static final int EXPANSION_SIZE = 30;

    /** How often a bag can be expanded. */
    public static final int MAX_EXPANSIONS = 5;

    /** Capacity after {@link #MAX_EXPANSIONS} expansions (the loadout has 180 bag columns). */
    public static final int MAX = BASE + EXPANSION_SIZE * MAX_EXPANSIONS;

    private BagCapacity() {}

    /** Whether {@code capacity} is one of 30, 60, …, 180. */
    public static boolean isValid(int capacity) {
        return capacity >= BASE && capacity <= MAX && (capacity - BASE) % EXPANSION_SIZE == 0;
    }
}
