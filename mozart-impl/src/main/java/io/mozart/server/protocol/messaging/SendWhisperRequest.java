package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * SendWhisper, C→S request 0x07E1 (spec 02 §5.10; "SendWhisperMessageRequest" in spec 01 §3.2).
 *
 * @param recipient target nickname (exact, case-sensitive match)
 * @param content   the message
 */
public record SendWhisperRequest(String recipient, String content) {

    /** Wire codec. */
    public static final Codec<SendWhisperRequest> CODEC = StructCodec.of(
            Field.of("recipient", Codecs.cstr(), SendWhisperRequest::recipient),
            Field.of("content", Codecs.cstr(), SendWhisperRequest::content),
            SendWhisperRequest::new);

    /**
     * Validates.
     */
    public SendWhisperRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
