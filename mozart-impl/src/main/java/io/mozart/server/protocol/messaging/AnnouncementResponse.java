package io.mozart.server.protocol.messaging;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** Announcement, S→C broadcast 0x07E0 (spec 02 §5.10), to every session of every channel. */
public record AnnouncementResponse(String content) implements ServerMessage {
    public static final Codec<AnnouncementResponse> CODEC =
            of(of("content", cstr(), AnnouncementResponse::content), AnnouncementResponse::new);

    public AnnouncementResponse {
        Objects.requireNonNull(content, "content");
    }
}
