package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * ReceiveWhisper, S→C event 0x07E3 (spec 02 §5.10). From "abc": "hi" ⇒ {@code 0B 00 E3 07 61 62 63 00 68 69 00}.
 *
 * @param sender    sender nickname
 * @param content   the message
 */
public record ReceiveWhisperNotice(String sender, String content) {

    /** Wire codec. */
    public static final Codec<ReceiveWhisperNotice> CODEC = StructCodec.of(
            Field.of("sender", Codecs.cstr(), ReceiveWhisperNotice::sender),
            Field.of("content", Codecs.cstr(), ReceiveWhisperNotice::content),
            ReceiveWhisperNotice::new);

    /**
     * Validates.
     */
    public ReceiveWhisperNotice {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
    }
}
