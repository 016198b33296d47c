package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetRoomAlbum, C→S 0x0FBB (spec 03 §5.6). Master only. The album id becomes the room's music id;
 * the reference announces it with {@link WaitingMusicChangedNotice}, never with {@link WaitingAlbumChangedNotice}.
 *
 * @param albumId {@code i32} album id
 * @param speed   {@code u8} GameSpeed
 */
public record SetRoomAlbumRequest(int albumId, int speed) {

    /** Wire codec. */
    public static final Codec<SetRoomAlbumRequest> CODEC = StructCodec.of(
            Field.of("albumId", Codecs.I32, SetRoomAlbumRequest::albumId),
            Field.of("speed", Codecs.U8, SetRoomAlbumRequest::speed),
            SetRoomAlbumRequest::new);

    /**
     * Validates ranges.
     *
     * @param albumId album id
     * @param speed   speed
     */
    public SetRoomAlbumRequest {
        WaitingChecks.u8("speed", speed);
    }
}
