package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * JoinWaiting (join a room), C→S request 0x0BBA (spec 02 §5.5).
 *
 * @param number     room number
 * @param musicState MusicState {@code u8}: whether the joiner has the room's current music
 * @param password   may be empty
 */
public record JoinWaitingRequest(int number, int musicState, String password) {

    /** Wire codec. */
    public static final Codec<JoinWaitingRequest> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, JoinWaitingRequest::number),
            Field.of("musicState", Codecs.U8, JoinWaitingRequest::musicState),
            Field.of("password", Codecs.cstr(), JoinWaitingRequest::password),
            JoinWaitingRequest::new);

    /**
     * Validates.
     */
    public JoinWaitingRequest {
        Check.u8("musicState", musicState);
        Check.notNull("password", password);
    }
}
