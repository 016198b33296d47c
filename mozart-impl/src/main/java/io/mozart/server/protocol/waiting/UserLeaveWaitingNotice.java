package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** UserLeaveWaiting, S→C 0x0BBF (spec 03 §5.2), to ROOM−leaver by the leave procedure (not on kick). */
public record UserLeaveWaitingNotice(int memberId, int newMasterId, boolean premium) implements ServerMessage {
    /** Master slot value when the room is empty. */
    public static final int NOBODY = 0xFF;

    public static final Codec<UserLeaveWaitingNotice> CODEC = of(
            of("memberId", U8, UserLeaveWaitingNotice::memberId),
            of("newMasterId", U8, UserLeaveWaitingNotice::newMasterId),
            of("premium", BOOL16, UserLeaveWaitingNotice::premium),
            UserLeaveWaitingNotice::new);
}
