package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * WaitingAlbumChanged, S→C 0x0FBC (spec 03 §5.6). Defined but never sent by the reference (album changes
 * go out as {@link WaitingMusicChangedNotice}).
 *
 * @param albumId {@code i32} album id
 * @param speed   {@code u8} GameSpeed
 */
public record WaitingAlbumChangedNotice(int albumId, int speed) {

    /** Wire codec. */
    public static final Codec<WaitingAlbumChangedNotice> CODEC = StructCodec.of(
            Field.of("albumId", Codecs.I32, WaitingAlbumChangedNotice::albumId),
            Field.of("speed", Codecs.U8, WaitingAlbumChangedNotice::speed),
            WaitingAlbumChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param albumId album id
     * @param speed   speed
     */
    public WaitingAlbumChangedNotice {
        WaitingChecks.u8("speed", speed);
    }
}
