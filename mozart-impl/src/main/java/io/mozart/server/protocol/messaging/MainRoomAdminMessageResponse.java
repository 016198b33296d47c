package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * MainRoomAdminMessage, S→C broadcast 0x07DE (spec 02 §5.10): lobby chat of an administrator; same
 * layout as {@link MainRoomUserMessageResponse}.
 *
 * @param sender  sender nickname
 * @param content the request's content bytes, verbatim (no terminator added)
 */
public record MainRoomAdminMessageResponse(String sender, byte[] content) {

    /** Wire codec. */
    public static final Codec<MainRoomAdminMessageResponse> CODEC = StructCodec.of(
            Field.of("sender", Codecs.cstr(), MainRoomAdminMessageResponse::sender),
            Field.of("content", Codecs.remainingBytes(), MainRoomAdminMessageResponse::content),
            MainRoomAdminMessageResponse::new);

    /**
     * Validates and copies.
     */
    public MainRoomAdminMessageResponse {
        Objects.requireNonNull(sender, "sender");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MainRoomAdminMessageResponse other && sender.equals(other.sender)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * sender.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MainRoomAdminMessageResponse[sender=" + sender + ", content=" + HexFormat.of().formatHex(content) + "]";
    }
}
