package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * MusicStateChanged, S→C 0x0FBA (spec 03 §5.12, same layout in 05 §4), to ROOM after UpdateMusicState and
 * (twice, the second time with playingState 0) after SyncMusicDownload.
 *
 * @param memberId     slot index
 * @param playingState {@code u8} PlayingState of the member
 * @param state        {@code u8} MusicState as stored
 */
public record MusicStateChangedNotice(int memberId, int playingState, int state) {

    /** Wire codec. */
    public static final Codec<MusicStateChangedNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, MusicStateChangedNotice::memberId),
            Field.of("playingState", Codecs.U8, MusicStateChangedNotice::playingState),
            Field.of("state", Codecs.U8, MusicStateChangedNotice::state),
            MusicStateChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param memberId     slot index
     * @param playingState playing state
     * @param state        music state
     */
    public MusicStateChangedNotice {
        WaitingChecks.u8("memberId", memberId);
        WaitingChecks.u8("playingState", playingState);
        WaitingChecks.u8("state", state);
    }
}
