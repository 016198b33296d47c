package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** RoomCreated, S→C event 0x07D5 (spec 02 §6.1), to the channel except the creator. */
public record RoomCreatedNotice(
        int number,
        String title,
        int mode,
        boolean hasPassword,
        int minLevelLimit,
        int maxLevelLimit,
        boolean premium,
        int type)
        implements ServerMessage {
    public static final Codec<RoomCreatedNotice> CODEC = of(
            of("number", I32, RoomCreatedNotice::number),
            of("title", cstr(), RoomCreatedNotice::title),
            of("mode", U8, RoomCreatedNotice::mode),
            of("hasPassword", BOOL8, RoomCreatedNotice::hasPassword),
            of("minLevelLimit", U8, RoomCreatedNotice::minLevelLimit),
            of("maxLevelLimit", U8, RoomCreatedNotice::maxLevelLimit),
            of("premium", BOOL16, RoomCreatedNotice::premium),
            of("type", U8, RoomCreatedNotice::type),
            RoomCreatedNotice::new);

    public RoomCreatedNotice {
        Objects.requireNonNull(title, "title");
    }
}
