package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * UserLeaveWaiting, S→C 0x0BBF (spec 03 §5.2), to ROOM−leaver by the leave procedure (not on kick).
 *
 * @param memberId    slot index of the member who left
 * @param newMasterId slot of the master after the departure; {@link #NOBODY} (0xFF) when nobody remains
 * @param premium     the room's premium flag ({@code bool16})
 */
public record UserLeaveWaitingNotice(int memberId, int newMasterId, boolean premium) {
    /** Master slot value when the room is empty. */
    public static final int NOBODY = 0xFF;

    public static final Codec<UserLeaveWaitingNotice> CODEC = of(
            of("memberId", U8, UserLeaveWaitingNotice::memberId),
            of("newMasterId", U8, UserLeaveWaitingNotice::newMasterId),
            of("premium", BOOL16, UserLeaveWaitingNotice::premium),
            UserLeaveWaitingNotice::new);
}
