package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * WaitingAdminMessage, S→C broadcast 0x0BC5 (spec 02 §5.10, 03 §5.4): room chat of an administrator;
 * nothing follows the content (unlike {@link WaitingUserMessageResponse}).
 *
 * @param sender  sender nickname
 * @param content the request's content bytes, verbatim (no terminator added)
 */
public record WaitingAdminMessageResponse(String sender, byte[] content) {

    /** Wire codec. */
    public static final Codec<WaitingAdminMessageResponse> CODEC = StructCodec.of(
            Field.of("sender", Codecs.cstr(), WaitingAdminMessageResponse::sender),
            Field.of("content", Codecs.remainingBytes(), WaitingAdminMessageResponse::content),
            WaitingAdminMessageResponse::new);

    /**
     * Validates and copies.
     */
    public WaitingAdminMessageResponse {
        Objects.requireNonNull(sender, "sender");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitingAdminMessageResponse other && sender.equals(other.sender)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * sender.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "WaitingAdminMessageResponse[sender=" + sender + ", content=" + HexFormat.of().formatHex(content) + "]";
    }
}
