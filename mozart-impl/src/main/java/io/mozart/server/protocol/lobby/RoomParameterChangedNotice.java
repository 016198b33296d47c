package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomParameterChanged, S→C event 0x07E7 (spec 02 §6.6). */
public record RoomParameterChangedNotice(int number, int musicId, int difficulty, int speed) implements ServerMessage {
    public static final Codec<RoomParameterChangedNotice> CODEC = of(
            of("number", I32, RoomParameterChangedNotice::number),
            of("musicId", U16, RoomParameterChangedNotice::musicId),
            of("difficulty", U8, RoomParameterChangedNotice::difficulty),
            of("speed", U8, RoomParameterChangedNotice::speed),
            RoomParameterChangedNotice::new);
}
