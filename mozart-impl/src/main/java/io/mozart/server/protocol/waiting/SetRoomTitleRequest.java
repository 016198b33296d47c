package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** SetRoomTitle, C→S 0x0BB8 (spec 03 §5.1). */
public record SetRoomTitleRequest(String title) implements ClientMessage {
    /** Field size of the title, terminator included. */
    public static final int TITLE_MAX = 21;

    public static final Codec<SetRoomTitleRequest> CODEC =
            of(of("title", cstr(TITLE_MAX), SetRoomTitleRequest::title), SetRoomTitleRequest::new);

    public SetRoomTitleRequest {
        Objects.requireNonNull(title, "title");
    }
}
