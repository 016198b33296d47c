package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * RankNotification, S→C event 0x07ED (spec 02 §6.9). Defined but never sent by the reference.
 *
 * @param invalid  {@code bool32}, false
 * @param musicId  music id
 * @param nickname nickname
 * @param ranking  ranking
 */
public record RankNotificationNotice(boolean invalid, int musicId, String nickname, int ranking) {

    /** Wire codec. */
    public static final Codec<RankNotificationNotice> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, RankNotificationNotice::invalid),
            Field.of("musicId", Codecs.I32, RankNotificationNotice::musicId),
            Field.of("nickname", Codecs.cstr(), RankNotificationNotice::nickname),
            Field.of("ranking", Codecs.I32, RankNotificationNotice::ranking),
            RankNotificationNotice::new);

    /**
     * Validates.
     */
    public RankNotificationNotice {
        Check.notNull("nickname", nickname);
    }
}
