package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * DownloadProgressChanged, S→C 0x0FC7 (spec 03 §5.15), to ROOM, for any progress value.
 *
 * @param percentage echoed progress
 * @param memberId   echoed slot index
 */
public record DownloadProgressChangedNotice(int percentage, int memberId) {

    /** Wire codec. */
    public static final Codec<DownloadProgressChangedNotice> CODEC = StructCodec.of(
            Field.of("percentage", Codecs.U8, DownloadProgressChangedNotice::percentage),
            Field.of("memberId", Codecs.U8, DownloadProgressChangedNotice::memberId),
            DownloadProgressChangedNotice::new);

    /**
     * Validates ranges.
     *
     * @param percentage progress
     * @param memberId   slot index
     */
    public DownloadProgressChangedNotice {
        WaitingChecks.u8("percentage", percentage);
        WaitingChecks.u8("memberId", memberId);
    }
}
