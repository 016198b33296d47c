package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** Announce, C→S request 0x07DF (spec 02 §5.10; "AnnouncementRequest" in spec 01 §3.2). No reply. */
public record AnnounceRequest(String content) implements ClientMessage {
    public static final Codec<AnnounceRequest> CODEC =
            of(of("content", cstr(), AnnounceRequest::content), AnnounceRequest::new);

    public AnnounceRequest {
        Objects.requireNonNull(content, "content");
    }
}
