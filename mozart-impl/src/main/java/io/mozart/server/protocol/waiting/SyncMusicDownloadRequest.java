package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncMusicDownload, C→S 0x1394 (spec 03 §5.16 and 05 §3, which agree): the client has just installed a
 * song. Channel guard (lobby or room); no reply.
 *
 * @param musicId {@code u16} music id, appended verbatim to the installed-music list
 */
public record SyncMusicDownloadRequest(int musicId) {

    /** Wire codec. */
    public static final Codec<SyncMusicDownloadRequest> CODEC = StructCodec.of(
            Field.of("musicId", Codecs.U16, SyncMusicDownloadRequest::musicId),
            SyncMusicDownloadRequest::new);

    /**
     * Validates the range.
     *
     * @param musicId music id
     */
    public SyncMusicDownloadRequest {
        WaitingChecks.u16("musicId", musicId);
    }
}
