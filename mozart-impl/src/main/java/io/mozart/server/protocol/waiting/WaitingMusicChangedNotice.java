package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** WaitingMusicChanged, S→C 0x0FA1 (spec 03 §5.5), to ROOM after SetRoomMusic <em>and</em> after SetRoomAlbum. */
public record WaitingMusicChangedNotice(int musicId, int difficulty, int speed) implements ServerMessage {
    public static final Codec<WaitingMusicChangedNotice> CODEC = of(
            of("musicId", U16, WaitingMusicChangedNotice::musicId),
            of("difficulty", U8, WaitingMusicChangedNotice::difficulty),
            of("speed", U8, WaitingMusicChangedNotice::speed),
            WaitingMusicChangedNotice::new);
    /** The notice SetRoomAlbum publishes (spec 03 §5.6): the i32 album id cut to its low 16 bits. */
    public static WaitingMusicChangedNotice ofAlbum(int albumId, int difficulty, int speed) {
        return new WaitingMusicChangedNotice(albumId & 0xFFFF, difficulty, speed);
    }
}
