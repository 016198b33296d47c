package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * SendWhisper, S→C response 0x07E2 (spec 02 §5.10). Delivered to "bob": "hi" ⇒
 * {@code 0F 00 E2 07 00 00 00 00 62 6F 62 00 68 69 00};
 * "bob" not online ⇒ {@code 0C 00 E2 07 01 00 00 00 62 6F 62 00}.
 *
 * @param invalid   {@code bool32}: true when nobody received the whisper
 * @param recipient echo of the recipient
 * @param content   echo of the content; present exactly when {@code invalid} is false
 */
public record SendWhisperResponse(boolean invalid, String recipient, String content) {
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

    /**
     * @param recipient the recipient nobody matched
     * @return the reply for an undelivered whisper
     */
    public static SendWhisperResponse notOnline(String recipient) {
        return new SendWhisperResponse(true, recipient, null);
    }
}
