package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.remainingBytes;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Arrays;
import java.util.HexFormat;

/** SendMainRoomMessage, C→S request 0x07DC (spec 02 §5.10): lobby chat. */
public record SendMainRoomMessageRequest(byte[] content) implements ClientMessage {
    public static final Codec<SendMainRoomMessageRequest> CODEC =
            of(of("content", remainingBytes(), SendMainRoomMessageRequest::content), SendMainRoomMessageRequest::new);

    public SendMainRoomMessageRequest {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendMainRoomMessageRequest other && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SendMainRoomMessageRequest[content=" + HexFormat.of().formatHex(content) + "]";
    }
}
