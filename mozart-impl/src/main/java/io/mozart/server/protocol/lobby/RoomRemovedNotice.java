package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** RoomRemoved, S→C event 0x07D7 (spec 02 §6.2), to the whole channel. */
public record RoomRemovedNotice(int number) implements ServerMessage {
    public static final Codec<RoomRemovedNotice> CODEC =
            of(of("number", I32, RoomRemovedNotice::number), RoomRemovedNotice::new);
}
