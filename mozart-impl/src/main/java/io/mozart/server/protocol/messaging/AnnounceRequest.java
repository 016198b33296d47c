package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * Announce, C→S request 0x07DF (spec 02 §5.10; "AnnouncementRequest" in spec 01 §3.2). No reply.
 *
 * @param content the announcement
 */
public record AnnounceRequest(String content) {

    /** Wire codec. */
    public static final Codec<AnnounceRequest> CODEC = StructCodec.of(
            Field.of("content", Codecs.cstr(), AnnounceRequest::content),
            AnnounceRequest::new);

    /**
     * Validates.
     */
    public AnnounceRequest {
        Objects.requireNonNull(content, "content");
    }
}
