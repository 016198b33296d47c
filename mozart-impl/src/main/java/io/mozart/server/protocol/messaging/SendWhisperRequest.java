package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** SendWhisper, C→S request 0x07E1 (spec 02 §5.10; "SendWhisperMessageRequest" in spec 01 §3.2). */
public record SendWhisperRequest(String recipient, String content) implements ClientMessage {
    public static final Codec<SendWhisperRequest> CODEC = of(
            of("recipient", cstr(), SendWhisperRequest::recipient),
            of("content", cstr(), SendWhisperRequest::content),
            SendWhisperRequest::new);

    public SendWhisperRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
