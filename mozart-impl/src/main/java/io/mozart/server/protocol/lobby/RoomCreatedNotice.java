package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomCreated, S→C event 0x07D5 (spec 02 §6.1), to the channel except the creator; followed by
 * RoomParameterChanged and RoomSkillChanged.
 *
 * @param number        room number
 * @param title         title
 * @param mode          GameMode {@code u8}
 * @param hasPassword   password set
 * @param minLevelLimit {@code u8}
 * @param maxLevelLimit {@code u8}
 * @param premium       {@code bool16}
 * @param type          room decoration type {@code u8}
 */
public record RoomCreatedNotice(int number, String title, int mode, boolean hasPassword, int minLevelLimit,
                                int maxLevelLimit, boolean premium, int type) {

    /** Wire codec. */
    public static final Codec<RoomCreatedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomCreatedNotice::number),
            Field.of("title", Codecs.cstr(), RoomCreatedNotice::title),
            Field.of("mode", Codecs.U8, RoomCreatedNotice::mode),
            Field.of("hasPassword", Codecs.BOOL8, RoomCreatedNotice::hasPassword),
            Field.of("minLevelLimit", Codecs.U8, RoomCreatedNotice::minLevelLimit),
            Field.of("maxLevelLimit", Codecs.U8, RoomCreatedNotice::maxLevelLimit),
            Field.of("premium", Codecs.BOOL16, RoomCreatedNotice::premium),
            Field.of("type", Codecs.U8, RoomCreatedNotice::type),
            RoomCreatedNotice::new);

    /**
     * Validates widths.
     */
    public RoomCreatedNotice {
        Check.notNull("title", title);
        Check.u8("mode", mode);
        Check.u8("minLevelLimit", minLevelLimit);
        Check.u8("maxLevelLimit", maxLevelLimit);
        Check.u8("type", type);
    }
}
