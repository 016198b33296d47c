package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * JoinWaiting (join a room), C→S request 0x0BBA (spec 02 §5.5).
 *
 * @param number     room number
 * @param musicState MusicState {@code u8}: whether the joiner has the room's current music
 * @param password   may be empty
 */
public record JoinWaitingRequest(int number, int musicState, String password) {
    public static final Codec<JoinWaitingRequest> CODEC = of(
            of("number", I32, JoinWaitingRequest::number),
            of("musicState", U8, JoinWaitingRequest::musicState),
            of("password", cstr(), JoinWaitingRequest::password),
            JoinWaitingRequest::new);

    public JoinWaitingRequest {
        Objects.requireNonNull(password, "password");
    }
}
