package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * RoomTitleChanged, S→C event 0x07D8 (spec 02 §6.3), to channel-outside(R).
 *
 * @param number room number
 * @param title  new full title
 */
public record RoomTitleChangedNotice(int number, String title) {
    public static final Codec<RoomTitleChangedNotice> CODEC = of(
            of("number", I32, RoomTitleChangedNotice::number),
            of("title", cstr(), RoomTitleChangedNotice::title),
            RoomTitleChangedNotice::new);

    public RoomTitleChangedNotice {
        Objects.requireNonNull(title, "title");
    }
}
