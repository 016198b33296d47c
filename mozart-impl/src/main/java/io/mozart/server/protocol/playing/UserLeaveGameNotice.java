package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** UserLeaveGame, S→C 0x0FB6 (spec 04 §4), to ROOM when a tracked player is untracked. */
public record UserLeaveGameNotice(int memberId, int level, int cashPoint, long freePassType) implements ServerMessage {
    public static final Codec<UserLeaveGameNotice> CODEC = of(
            of("memberId", U8, UserLeaveGameNotice::memberId),
            of("level", I32, UserLeaveGameNotice::level),
            of("cashPoint", I32, UserLeaveGameNotice::cashPoint),
            of("freePassType", U32, UserLeaveGameNotice::freePassType),
            UserLeaveGameNotice::new);
}
