package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SetRoomMusic, C→S 0x0FA0 (spec 03 §5.5). Master only; stored unvalidated. */
public record SetRoomMusicRequest(int musicId, int difficulty, int speed) implements ClientMessage {
    public static final Codec<SetRoomMusicRequest> CODEC = of(
            of("musicId", U16, SetRoomMusicRequest::musicId),
            of("difficulty", U8, SetRoomMusicRequest::difficulty),
            of("speed", U8, SetRoomMusicRequest::speed),
            SetRoomMusicRequest::new);
}
