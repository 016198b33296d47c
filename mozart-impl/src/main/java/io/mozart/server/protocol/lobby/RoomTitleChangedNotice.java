package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** RoomTitleChanged, S→C event 0x07D8 (spec 02 §6.3), to channel-outside(R). */
public record RoomTitleChangedNotice(int number, String title) implements ServerMessage {
    public static final Codec<RoomTitleChangedNotice> CODEC = of(
            of("number", I32, RoomTitleChangedNotice::number),
            of("title", cstr(), RoomTitleChangedNotice::title),
            RoomTitleChangedNotice::new);

    public RoomTitleChangedNotice {
        Objects.requireNonNull(title, "title");
    }
}
