package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomStateChanged, S→C event 0x07E4 (spec 02 §6.5), to channel-outside(R).
 *
 * @param number room number
 * @param state  new RoomState {@code u8}: 2 on start, 1 when the game is over
 */
public record RoomStateChangedNotice(int number, int state) {

    /** Wire codec. */
    public static final Codec<RoomStateChangedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomStateChangedNotice::number),
            Field.of("state", Codecs.U8, RoomStateChangedNotice::state),
            RoomStateChangedNotice::new);

    /**
     * Validates widths.
     */
    public RoomStateChangedNotice {
        Check.u8("state", state);
    }
}
