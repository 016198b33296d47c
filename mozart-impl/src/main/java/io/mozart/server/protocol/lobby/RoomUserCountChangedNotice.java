package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomUserCountChanged, S→C event 0x07D9 (spec 02 §6.4), 9-byte body; sent only when the master toggles a slot. */
public record RoomUserCountChangedNotice(int number, int capacity, int userCount, boolean premium, int type)
        implements ServerMessage {
    public static final Codec<RoomUserCountChangedNotice> CODEC = of(
            of("number", I32, RoomUserCountChangedNotice::number),
            of("capacity", U8, RoomUserCountChangedNotice::capacity),
            of("userCount", U8, RoomUserCountChangedNotice::userCount),
            of("premium", BOOL16, RoomUserCountChangedNotice::premium),
            of("type", U8, RoomUserCountChangedNotice::type),
            RoomUserCountChangedNotice::new);
}
