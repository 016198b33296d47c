package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** WaitingAdminMessage, S→C broadcast 0x0BC5 (spec 02 §5.10, 03 §5.4): room chat of an administrator. */
public record WaitingAdminMessageResponse(String sender, byte[] content) implements ChatLine, ServerMessage {
    public static final Codec<WaitingAdminMessageResponse> CODEC = ChatLine.codec(WaitingAdminMessageResponse::new);

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
