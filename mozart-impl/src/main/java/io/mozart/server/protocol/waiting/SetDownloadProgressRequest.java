package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetDownloadProgress, C→S 0x0FC6 (spec 03 §5.15).
 *
 * @param progress percentage; ≥ 100 marks the targeted member's music Ready
 * @param memberId slot index of the downloading member, taken from the request (not from the sender)
 */
public record SetDownloadProgressRequest(int progress, int memberId) {

    /** Progress at which the download counts as finished. */
    public static final int COMPLETE = 100;

    /** Wire codec. */
    public static final Codec<SetDownloadProgressRequest> CODEC = StructCodec.of(
            Field.of("progress", Codecs.U8, SetDownloadProgressRequest::progress),
            Field.of("memberId", Codecs.U8, SetDownloadProgressRequest::memberId),
            SetDownloadProgressRequest::new);

    /**
     * Validates ranges.
     *
     * @param progress percentage
     * @param memberId slot index
     */
    public SetDownloadProgressRequest {
        WaitingChecks.u8("progress", progress);
        WaitingChecks.u8("memberId", memberId);
    }

    /** @return whether the progress is {@value #COMPLETE} or more */
    public boolean complete() {
        return progress >= COMPLETE;
    }
}
