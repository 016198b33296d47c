package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.unit;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomForceRemoved, S→C 0x0BC6 (spec 03 §5.3): empty body, frame {@code 04 00 C6 0B}. */
public record RoomForceRemovedNotice() implements ServerMessage {
    public static final RoomForceRemovedNotice INSTANCE = new RoomForceRemovedNotice();
    public static final Codec<RoomForceRemovedNotice> CODEC = unit(INSTANCE);
}
