package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** SyncMemberMusicState event, S→C 0x0FC5 (spec 03 §5.14), to ROOM: the stored, unadjusted state. */
public record SyncMemberMusicStateNotice(int memberId, int state) implements ServerMessage {
    public static final Codec<SyncMemberMusicStateNotice> CODEC = of(
            of("memberId", U8, SyncMemberMusicStateNotice::memberId),
            of("state", U8, SyncMemberMusicStateNotice::state),
            SyncMemberMusicStateNotice::new);
}
