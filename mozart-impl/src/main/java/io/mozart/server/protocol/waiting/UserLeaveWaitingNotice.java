package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

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

    /** Wire codec. */
    public static final Codec<UserLeaveWaitingNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserLeaveWaitingNotice::memberId),
            Field.of("newMasterId", Codecs.U8, UserLeaveWaitingNotice::newMasterId),
            Field.of("premium", Codecs.BOOL16, UserLeaveWaitingNotice::premium),
            UserLeaveWaitingNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId    slot index
     * @param newMasterId master slot or 0xFF
     * @param premium     premium flag
     */
    public UserLeaveWaitingNotice {
        WaitingChecks.u8("memberId", memberId);
        WaitingChecks.u8("newMasterId", newMasterId);
    }
}
