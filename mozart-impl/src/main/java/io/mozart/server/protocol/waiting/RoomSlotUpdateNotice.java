package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import static io.mozart.encore.codec.Codecs.U8;

/**
 * RoomSlotUpdate, S→C 0x0BC1 (spec 03 §5.3), to ROOM after the change (a kicked member no longer
 * receives it; it gets {@link KickNotice} first).
 *
 * @param index slot index that changed
 * @param type  {@code u8} RoomSlotActionType: 0 SlotUnlocked, 2 SlotLocked, 3 PlayerKicked
 */
public record RoomSlotUpdateNotice(int index, int type) {
    public static final Codec<RoomSlotUpdateNotice> CODEC = StructCodec.of(
            Field.of("index", U8, RoomSlotUpdateNotice::index),
            Field.of("type", U8, RoomSlotUpdateNotice::type),
            RoomSlotUpdateNotice::new);

    /**
     * @param index  slot index
     * @param action a defined action (not {@link RoomSlotActionType#UNKNOWN})
     * @return the notice
     */
    public static RoomSlotUpdateNotice of(int index, RoomSlotActionType action) {
        if (action == RoomSlotActionType.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no wire value");
        }
        return new RoomSlotUpdateNotice(index, action.wire());
    }

    /** @return the action as an enum */
    public RoomSlotActionType action() {
        return RoomSlotActionType.fromWire(type);
    }
}
