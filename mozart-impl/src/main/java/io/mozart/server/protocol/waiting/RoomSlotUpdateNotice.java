package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.ServerMessage;

/** RoomSlotUpdate, S→C 0x0BC1 (spec 03 §5.3), to ROOM after the change. */
public record RoomSlotUpdateNotice(int index, int type) implements ServerMessage {
    public static final Codec<RoomSlotUpdateNotice> CODEC = StructCodec.of(
            Field.of("index", U8, RoomSlotUpdateNotice::index),
            Field.of("type", U8, RoomSlotUpdateNotice::type),
            RoomSlotUpdateNotice::new);

    public static RoomSlotUpdateNotice of(int index, RoomSlotActionType action) {
        if (action == RoomSlotActionType.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no wire value");
        }
        return new RoomSlotUpdateNotice(index, action.wire());
    }

    public RoomSlotActionType action() {
        return RoomSlotActionType.fromWire(type);
    }
}
