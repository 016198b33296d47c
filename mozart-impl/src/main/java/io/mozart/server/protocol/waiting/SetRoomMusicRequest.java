package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * SetRoomMusic, C→S 0x0FA0 (spec 03 §5.5). Master only; stored unvalidated.
 *
 * @param difficulty {@code u8} Difficulty: 0 EX, 1 NX, 2 HX, 3 RX
 * @param speed      {@code u8} GameSpeed: 0 X0.5 … 10 X6.0, 11 XR
 */
public record SetRoomMusicRequest(int musicId, int difficulty, int speed) {
    public static final Codec<SetRoomMusicRequest> CODEC = of(
            of("musicId", U16, SetRoomMusicRequest::musicId),
            of("difficulty", U8, SetRoomMusicRequest::difficulty),
            of("speed", U8, SetRoomMusicRequest::speed),
            SetRoomMusicRequest::new);
}
