package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomParameterChanged, S→C event 0x07E7 (spec 02 §6.6). After an album change {@code musicId} holds the
 * album id (the reference's separate album variant has the same layout and is never sent).
 *
 * @param number     room number
 * @param musicId    {@code u16}
 * @param difficulty Difficulty {@code u8}
 * @param speed      GameSpeed {@code u8}
 */
public record RoomParameterChangedNotice(int number, int musicId, int difficulty, int speed) {

    /** Wire codec. */
    public static final Codec<RoomParameterChangedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomParameterChangedNotice::number),
            Field.of("musicId", Codecs.U16, RoomParameterChangedNotice::musicId),
            Field.of("difficulty", Codecs.U8, RoomParameterChangedNotice::difficulty),
            Field.of("speed", Codecs.U8, RoomParameterChangedNotice::speed),
            RoomParameterChangedNotice::new);

    /**
     * Validates widths.
     */
    public RoomParameterChangedNotice {
        Check.u16("musicId", musicId);
        Check.u8("difficulty", difficulty);
        Check.u8("speed", speed);
    }
}
