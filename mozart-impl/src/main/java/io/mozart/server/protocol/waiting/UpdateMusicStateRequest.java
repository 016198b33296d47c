package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UpdateMusicState, C→S 0x0FB9 (spec 03 §5.12): the sender reports its own music state. Any byte value
 * decodes and, after the §2.6 adjustment, is stored as reported.
 *
 * @param state {@code u8} MusicState: 0 Ready, 1 NoMusic, 2 NoAccess, 4 Downloading
 */
public record UpdateMusicStateRequest(int state) {

    /** Wire codec. */
    public static final Codec<UpdateMusicStateRequest> CODEC = StructCodec.of(
            Field.of("state", Codecs.U8, UpdateMusicStateRequest::state),
            UpdateMusicStateRequest::new);

    /**
     * Validates the range.
     *
     * @param state music state
     */
    public UpdateMusicStateRequest {
        WaitingChecks.u8("state", state);
    }

    /** @return the state as an enum */
    public MusicState musicState() {
        return MusicState.fromWire(state);
    }
}
