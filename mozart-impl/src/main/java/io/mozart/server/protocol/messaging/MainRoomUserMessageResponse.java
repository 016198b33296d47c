package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * MainRoomUserMessage, S→C broadcast 0x07DD (spec 02 §5.10). From "abc" with client content
 * {@code hello\0}: {@code 0E 00 DD 07 61 62 63 00 68 65 6C 6C 6F 00}.
 *
 * @param sender  sender nickname
 * @param content the request's content bytes, verbatim (no terminator added)
 */
public record MainRoomUserMessageResponse(String sender, byte[] content) {

    /** Wire codec. */
    public static final Codec<MainRoomUserMessageResponse> CODEC = StructCodec.of(
            Field.of("sender", Codecs.cstr(), MainRoomUserMessageResponse::sender),
            Field.of("content", Codecs.remainingBytes(), MainRoomUserMessageResponse::content),
            MainRoomUserMessageResponse::new);

    /**
     * Validates and copies.
     */
    public MainRoomUserMessageResponse {
        Objects.requireNonNull(sender, "sender");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MainRoomUserMessageResponse other && sender.equals(other.sender)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * sender.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MainRoomUserMessageResponse[sender=" + sender + ", content=" + HexFormat.of().formatHex(content) + "]";
    }
}
