package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** SendWhisper, S→C response 0x07E2 (spec 02 §5.10). */
public record SendWhisperResponse(boolean invalid, String recipient, String content) implements ServerMessage {
    public static final Codec<SendWhisperResponse> CODEC = of(
            of("invalid", BOOL32, SendWhisperResponse::invalid),
            of("recipient", cstr(), SendWhisperResponse::recipient),
            of("content", cstr().optional(), SendWhisperResponse::content),
            SendWhisperResponse::new);

    public SendWhisperResponse {
        Objects.requireNonNull(recipient, "recipient");
        if (invalid == (content != null)) {
            throw new IllegalArgumentException("content must be present exactly when the whisper was delivered");
        }
    }
    /** @return the reply for a delivered whisper */
    public static SendWhisperResponse delivered(String recipient, String content) {
        return new SendWhisperResponse(false, recipient, Objects.requireNonNull(content, "content"));
    }

    public static SendWhisperResponse notOnline(String recipient) {
        return new SendWhisperResponse(true, recipient, null);
    }
}
