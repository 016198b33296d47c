package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** DownloadProgressChanged, S→C 0x0FC7 (spec 03 §5.15), to ROOM, for any progress value. */
public record DownloadProgressChangedNotice(int percentage, int memberId) implements ServerMessage {
    public static final Codec<DownloadProgressChangedNotice> CODEC = of(
            of("percentage", U8, DownloadProgressChangedNotice::percentage),
            of("memberId", U8, DownloadProgressChangedNotice::memberId),
            DownloadProgressChangedNotice::new);
}
