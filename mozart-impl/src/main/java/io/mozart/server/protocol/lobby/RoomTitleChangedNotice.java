package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomTitleChanged, S→C event 0x07D8 (spec 02 §6.3), to channel-outside(R).
 *
 * @param number room number
 * @param title  new full title
 */
public record RoomTitleChangedNotice(int number, String title) {

    /** Wire codec. */
    public static final Codec<RoomTitleChangedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomTitleChangedNotice::number),
            Field.of("title", Codecs.cstr(), RoomTitleChangedNotice::title),
            RoomTitleChangedNotice::new);

    /**
     * Validates.
     */
    public RoomTitleChangedNotice {
        Check.notNull("title", title);
    }
}
