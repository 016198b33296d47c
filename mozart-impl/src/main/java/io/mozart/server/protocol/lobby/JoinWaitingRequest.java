package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** JoinWaiting (join a room), C→S request 0x0BBA (spec 02 §5.5). */
public record JoinWaitingRequest(int number, int musicState, String password) implements ClientMessage {
    public static final Codec<JoinWaitingRequest> CODEC = of(
            of("number", I32, JoinWaitingRequest::number),
            of("musicState", U8, JoinWaitingRequest::musicState),
            of("password", cstr(), JoinWaitingRequest::password),
            JoinWaitingRequest::new);

    public JoinWaitingRequest {
        Objects.requireNonNull(password, "password");
    }
}
