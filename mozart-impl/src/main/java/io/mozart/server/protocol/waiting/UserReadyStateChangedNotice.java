package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UserReadyStateChanged, S→C 0x0FA9 (spec 03 §5.10), to ROOM.
 *
 * @param memberId slot index
 * @param ready    new state ({@code bool8})
 */
public record UserReadyStateChangedNotice(int memberId, boolean ready) {

    /** Wire codec. */
    public static final Codec<UserReadyStateChangedNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserReadyStateChangedNotice::memberId),
            Field.of("ready", Codecs.BOOL8, UserReadyStateChangedNotice::ready),
            UserReadyStateChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId slot index
     * @param ready    ready flag
     */
    public UserReadyStateChangedNotice {
        WaitingChecks.u8("memberId", memberId);
    }
}
