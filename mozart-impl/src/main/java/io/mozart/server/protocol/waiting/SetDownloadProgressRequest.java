package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SetDownloadProgress, C→S 0x0FC6 (spec 03 §5.15). */
public record SetDownloadProgressRequest(int progress, int memberId) implements ClientMessage {
    /** Progress at which the download counts as finished. */
    public static final int COMPLETE = 100;

    public static final Codec<SetDownloadProgressRequest> CODEC = of(
            of("progress", U8, SetDownloadProgressRequest::progress),
            of("memberId", U8, SetDownloadProgressRequest::memberId),
            SetDownloadProgressRequest::new);
    /** @return whether the progress is {@value #COMPLETE} or more */
    public boolean complete() {
        return progress >= COMPLETE;
    }
}
