package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomStateChanged, S→C event 0x07E4 (spec 02 §6.5), to channel-outside(R). */
public record RoomStateChangedNotice(int number, int state) implements ServerMessage {
    public static final Codec<RoomStateChangedNotice> CODEC = of(
            of("number", I32, RoomStateChangedNotice::number),
            of("state", U8, RoomStateChangedNotice::state),
            RoomStateChangedNotice::new);
}
