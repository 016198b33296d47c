package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.remainingBytes;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Arrays;
import java.util.HexFormat;

/** SendWaitingMessage, C→S request 0x0BC3 (spec 02 §5.10, 03 §5.4): in-room chat. */
public record SendWaitingMessageRequest(byte[] content) implements ClientMessage {
    public static final Codec<SendWaitingMessageRequest> CODEC =
            of(of("content", remainingBytes(), SendWaitingMessageRequest::content), SendWaitingMessageRequest::new);

    public SendWaitingMessageRequest {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendWaitingMessageRequest other && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SendWaitingMessageRequest[content=" + HexFormat.of().formatHex(content) + "]";
    }
}
