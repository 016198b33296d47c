package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** MainRoomUserMessage, S→C broadcast 0x07DD (spec 02 §5.10). */
public record MainRoomUserMessageResponse(String sender, byte[] content) implements ChatLine, ServerMessage {
    public static final Codec<MainRoomUserMessageResponse> CODEC = ChatLine.codec(MainRoomUserMessageResponse::new);

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
        return ChatLine.same(this, o);
    }

    @Override
    public int hashCode() {
        return ChatLine.hash(this);
    }

    @Override
    public String toString() {
        return ChatLine.text(this);
    }
}
