package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncMemberMusicState, C→S 0x0FC4 (spec 03 §5.14): asks for one slot's stored music state. An unoccupied
 * slot (or an index ≥ 8) is dropped silently by the handler.
 *
 * @param memberId slot index to query
 */
public record SyncMemberMusicStateRequest(int memberId) {

    /** Wire codec. */
    public static final Codec<SyncMemberMusicStateRequest> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, SyncMemberMusicStateRequest::memberId),
            SyncMemberMusicStateRequest::new);

    /**
     * Validates the range.
     *
     * @param memberId slot index
     */
    public SyncMemberMusicStateRequest {
        WaitingChecks.u8("memberId", memberId);
    }
}
