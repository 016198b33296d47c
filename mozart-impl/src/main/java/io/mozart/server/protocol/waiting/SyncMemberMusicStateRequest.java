package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SyncMemberMusicState, C→S 0x0FC4 (spec 03 §5.14): asks for one slot's stored music state. */
public record SyncMemberMusicStateRequest(int memberId) implements ClientMessage {
    public static final Codec<SyncMemberMusicStateRequest> CODEC =
            of(of("memberId", U8, SyncMemberMusicStateRequest::memberId), SyncMemberMusicStateRequest::new);
}
