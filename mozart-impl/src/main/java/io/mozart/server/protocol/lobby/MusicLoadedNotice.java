package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * MusicLoaded, S→C event 0x0FAD (spec 02 §5.5, 04): 2-byte body, e.g. frame {@code 06 00 AD 0F 03 01}.
 * Sent with playingState 2 (Waiting) by the join flow and with 1 (Playing) after ConfirmMusicLoaded.
 *
 * @param memberId     slot index, {@code u8}
 * @param playingState PlayingState {@code u8}
 */
public record MusicLoadedNotice(int memberId, int playingState) {

    /** Wire codec. */
    public static final Codec<MusicLoadedNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, MusicLoadedNotice::memberId),
            Field.of("playingState", Codecs.U8, MusicLoadedNotice::playingState),
            MusicLoadedNotice::new);

    /**
     * Validates widths.
     */
    public MusicLoadedNotice {
        Check.u8("memberId", memberId);
        Check.u8("playingState", playingState);
    }
}
