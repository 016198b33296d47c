package io.mozart.server.protocol.messaging;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * Announcement, S→C broadcast 0x07E0 (spec 02 §5.10), to every session of every channel.
 *
 * @param content the announcement
 */
public record AnnouncementResponse(String content) {

    /** Wire codec. */
    public static final Codec<AnnouncementResponse> CODEC = StructCodec.of(
            Field.of("content", Codecs.cstr(), AnnouncementResponse::content),
            AnnouncementResponse::new);

    /**
     * Validates.
     */
    public AnnouncementResponse {
        Objects.requireNonNull(content, "content");
    }
}
