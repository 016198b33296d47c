package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomArenaChanged, S→C 0x0FA3 (spec 03 §5.7), to ROOM. The lobby is not told. */
public record RoomArenaChangedNotice(int arena) implements ServerMessage {
    public static final Codec<RoomArenaChangedNotice> CODEC =
            of(of("arena", I32, RoomArenaChangedNotice::arena), RoomArenaChangedNotice::new);
    /** @return whether the arena word selects a random arena (top byte 0x80) */
    public boolean random() {
        return (arena >>> 24) == 0x80;
    }
}
