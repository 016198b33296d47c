package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** MusicLoaded, S→C event 0x0FAD (spec 02 §5.5, 04): 2-byte body, e.g. frame {@code 06 00 AD 0F 03 01}. */
public record MusicLoadedNotice(int memberId, int playingState) implements ServerMessage {
    public static final Codec<MusicLoadedNotice> CODEC = of(
            of("memberId", U8, MusicLoadedNotice::memberId),
            of("playingState", U8, MusicLoadedNotice::playingState),
            MusicLoadedNotice::new);
}
