package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** MusicStateChanged, S→C 0x0FBA (spec 03 §5.12, same layout in 05 §4), to ROOM after UpdateMusicState and. */
public record MusicStateChangedNotice(int memberId, int playingState, int state) implements ServerMessage {
    public static final Codec<MusicStateChangedNotice> CODEC = of(
            of("memberId", U8, MusicStateChangedNotice::memberId),
            of("playingState", U8, MusicStateChangedNotice::playingState),
            of("state", U8, MusicStateChangedNotice::state),
            MusicStateChangedNotice::new);
}
