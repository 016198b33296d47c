package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncMusicDownload, C→S 0x1394 (spec 03 §5.16 and 05 §3, which agree): the client has just installed a song. */
public record SyncMusicDownloadRequest(int musicId) implements ClientMessage {
    public static final Codec<SyncMusicDownloadRequest> CODEC =
            of(of("musicId", U16, SyncMusicDownloadRequest::musicId), SyncMusicDownloadRequest::new);
}
