package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** WaitingAlbumChanged, S→C 0x0FBC (spec 03 §5.6). */
public record WaitingAlbumChangedNotice(int albumId, int speed) implements ServerMessage {
    public static final Codec<WaitingAlbumChangedNotice> CODEC = of(
            of("albumId", I32, WaitingAlbumChangedNotice::albumId),
            of("speed", U8, WaitingAlbumChangedNotice::speed),
            WaitingAlbumChangedNotice::new);
}
