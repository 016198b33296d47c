package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncMemberMusicState event, S→C 0x0FC5 (spec 03 §5.14), to ROOM: the stored, unadjusted state (NoMusic is
 * reported as NoMusic here).
 *
 * @param memberId slot index
 * @param state    {@code u8} MusicState
 */
public record SyncMemberMusicStateNotice(int memberId, int state) {

    /** Wire codec. */
    public static final Codec<SyncMemberMusicStateNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, SyncMemberMusicStateNotice::memberId),
            Field.of("state", Codecs.U8, SyncMemberMusicStateNotice::state),
            SyncMemberMusicStateNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId slot index
     * @param state    music state
     */
    public SyncMemberMusicStateNotice {
        WaitingChecks.u8("memberId", memberId);
        WaitingChecks.u8("state", state);
    }
}
