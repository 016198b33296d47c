package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** ReceiveWhisper, S→C event 0x07E3 (spec 02 §5.10). From "abc": "hi" ⇒ {@code 0B 00 E3 07 61 62 63 00 68 69 00}. */
public record ReceiveWhisperNotice(String sender, String content) implements ServerMessage {
    public static final Codec<ReceiveWhisperNotice> CODEC = of(
            of("sender", cstr(), ReceiveWhisperNotice::sender),
            of("content", cstr(), ReceiveWhisperNotice::content),
            ReceiveWhisperNotice::new);

    public ReceiveWhisperNotice {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
    }
}
