package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** RankNotification, S→C event 0x07ED (spec 02 §6.9). Defined but never sent by the reference. */
public record RankNotificationNotice(boolean invalid, int musicId, String nickname, int ranking)
        implements ServerMessage {
    public static final Codec<RankNotificationNotice> CODEC = of(
            of("invalid", BOOL32, RankNotificationNotice::invalid),
            of("musicId", I32, RankNotificationNotice::musicId),
            of("nickname", cstr(), RankNotificationNotice::nickname),
            of("ranking", I32, RankNotificationNotice::ranking),
            RankNotificationNotice::new);

    public RankNotificationNotice {
        Objects.requireNonNull(nickname, "nickname");
    }
}
