package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** MainRoomAdminMessage, S→C broadcast 0x07DE (spec 02 §5.10): lobby chat of an administrator. */
public record MainRoomAdminMessageResponse(String sender, byte[] content) implements ChatLine, ServerMessage {
    public static final Codec<MainRoomAdminMessageResponse> CODEC = ChatLine.codec(MainRoomAdminMessageResponse::new);

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
