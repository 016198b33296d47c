package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SetRoomAlbum, C→S 0x0FBB (spec 03 §5.6). */
public record SetRoomAlbumRequest(int albumId, int speed) implements ClientMessage {
    public static final Codec<SetRoomAlbumRequest> CODEC = of(
            of("albumId", I32, SetRoomAlbumRequest::albumId),
            of("speed", U8, SetRoomAlbumRequest::speed),
            SetRoomAlbumRequest::new);
}
