package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RoomRemoved, S→C event 0x07D7 (spec 02 §6.2), to the whole channel.
 *
 * @param number room number
 */
public record RoomRemovedNotice(int number) {

    /** Wire codec. */
    public static final Codec<RoomRemovedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomRemovedNotice::number),
            RoomRemovedNotice::new);
}
