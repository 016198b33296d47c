package io.mozart.server.protocol.waiting;

/** RoomSlotActionType of RoomSlotUpdate (spec 03 §10, {@code u8}; 1 is unused). */
public enum RoomSlotActionType {
    /** 0: a locked slot became vacant. */
    SLOT_UNLOCKED(0),
    /** 2: a vacant slot became locked. */
    SLOT_LOCKED(2),
    /** 3: the occupant was kicked, the slot is vacant. */
    PLAYER_KICKED(3),
    /** Any other wire value (decoding never fails on it). */
    UNKNOWN(-1);

    private final int wire;

    RoomSlotActionType(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** @return the constant, {@link #UNKNOWN} when undefined */
    public static RoomSlotActionType fromWire(int wire) {
        return switch (wire) {
            case 0 -> SLOT_UNLOCKED;
            case 2 -> SLOT_LOCKED;
            case 3 -> PLAYER_KICKED;
            default -> UNKNOWN;
        };
    }
}
