package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * RoomStateChanged, S→C event 0x07E4 (spec 02 §6.5), to channel-outside(R).
 *
 * @param number room number
 * @param state  new RoomState {@code u8}: 2 on start, 1 when the game is over
 */
public record RoomStateChangedNotice(int number, int state) {
    public static final Codec<RoomStateChangedNotice> CODEC = of(
            of("number", I32, RoomStateChangedNotice::number),
            of("state", U8, RoomStateChangedNotice::state),
            RoomStateChangedNotice::new);
}
