package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UserInstrumentChanged, S→C 0x0FA7 (spec 03 §5.9). Defined but never sent by the reference.
 *
 * @param memberId     slot index
 * @param instrumentId {@code i32} instrument item id
 */
public record UserInstrumentChangedNotice(int memberId, int instrumentId) {

    /** Wire codec. */
    public static final Codec<UserInstrumentChangedNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserInstrumentChangedNotice::memberId),
            Field.of("instrumentId", Codecs.I32, UserInstrumentChangedNotice::instrumentId),
            UserInstrumentChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId     slot index
     * @param instrumentId instrument id
     */
    public UserInstrumentChangedNotice {
        WaitingChecks.u8("memberId", memberId);
    }
}
