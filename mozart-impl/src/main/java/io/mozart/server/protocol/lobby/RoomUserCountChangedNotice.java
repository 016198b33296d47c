package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomUserCountChanged, S→C event 0x07D9 (spec 02 §6.4), 9-byte body; sent only when the master toggles a
 * slot (lock, unlock, kick), to channel-outside(R).
 *
 * @param number    room number
 * @param capacity  non-locked slots after the toggle, {@code u8}
 * @param userCount members after the toggle, {@code u8}
 * @param premium   room premium flag, {@code bool16}
 * @param type      room decoration type, {@code u8}
 */
public record RoomUserCountChangedNotice(int number, int capacity, int userCount, boolean premium, int type) {

    /** Wire codec. */
    public static final Codec<RoomUserCountChangedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomUserCountChangedNotice::number),
            Field.of("capacity", Codecs.U8, RoomUserCountChangedNotice::capacity),
            Field.of("userCount", Codecs.U8, RoomUserCountChangedNotice::userCount),
            Field.of("premium", Codecs.BOOL16, RoomUserCountChangedNotice::premium),
            Field.of("type", Codecs.U8, RoomUserCountChangedNotice::type),
            RoomUserCountChangedNotice::new);

    /**
     * Validates widths.
     */
    public RoomUserCountChangedNotice {
        Check.u8("capacity", capacity);
        Check.u8("userCount", userCount);
        Check.u8("type", type);
    }
}
