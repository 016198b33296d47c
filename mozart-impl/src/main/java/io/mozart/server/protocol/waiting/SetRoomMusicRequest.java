package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetRoomMusic, C→S 0x0FA0 (spec 03 §5.5). Master only; stored unvalidated.
 *
 * @param musicId    {@code u16} music id
 * @param difficulty {@code u8} Difficulty: 0 EX, 1 NX, 2 HX, 3 RX
 * @param speed      {@code u8} GameSpeed: 0 X0.5 … 10 X6.0, 11 XR
 */
public record SetRoomMusicRequest(int musicId, int difficulty, int speed) {

    /** Wire codec. */
    public static final Codec<SetRoomMusicRequest> CODEC = StructCodec.of(
            Field.of("musicId", Codecs.U16, SetRoomMusicRequest::musicId),
            Field.of("difficulty", Codecs.U8, SetRoomMusicRequest::difficulty),
            Field.of("speed", Codecs.U8, SetRoomMusicRequest::speed),
            SetRoomMusicRequest::new);

    /**
     * Validates ranges.
     *
     * @param musicId    music id
     * @param difficulty difficulty
     * @param speed      speed
     */
    public SetRoomMusicRequest {
        WaitingChecks.u16("musicId", musicId);
        WaitingChecks.u8("difficulty", difficulty);
        WaitingChecks.u8("speed", speed);
    }
}
