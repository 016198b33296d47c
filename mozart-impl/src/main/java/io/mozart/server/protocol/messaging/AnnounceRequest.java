package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * Announce, C→S request 0x07DF (spec 02 §5.10; "AnnouncementRequest" in spec 01 §3.2). No reply.
 *
 * @param content the announcement
 */
public record AnnounceRequest(String content) {
    public static final Codec<AnnounceRequest> CODEC =
            of(of("content", cstr(), AnnounceRequest::content), AnnounceRequest::new);

    public AnnounceRequest {
        Objects.requireNonNull(content, "content");
    }
}
