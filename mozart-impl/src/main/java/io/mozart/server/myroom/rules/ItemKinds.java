package io.mozart.server.myroom.rules;

/**
 * The Itemdata.dat item kinds the shop and my-room rules look at (spec 05 §8 ItemKind, u8).
 */
public final class ItemKinds {

    /** 24: stackable item consumed at game start (room skills). */
    public static final int ATTRIBUTIVE_ITEM = 24;

    /** 25: name-change ticket, consumed by ChangeName. */
    public static final int NAME_CHANGER = 25;

    /** 26: penalty reset, consumed by PenaltyReset. */
    public static final int PENALTY_RESET = 26;

    /** 27: bag expansion, consumed by BagExpansion. */
    public static final int BAG_EXPANSION = 27;

    /** 28: costume. */
    public static final int COSTUME = 28;

    private ItemKinds() {}
}
