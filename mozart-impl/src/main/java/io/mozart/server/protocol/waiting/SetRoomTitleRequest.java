package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * SetRoomTitle, C→S 0x0BB8 (spec 03 §5.1). Master only.
 *
 * <p>Decoding keeps at most 21 bytes, so a title may arrive with 21 text bytes (then no terminator is
 * consumed); the room copy {@link WaitingTitleChangedNotice} re-cuts it to 20, the lobby copy carries all 21.
 *
 * @param title the new room title
 */
public record SetRoomTitleRequest(String title) {

    /** Field size of the title, terminator included. */
    public static final int TITLE_MAX = 21;

    /** Wire codec. */
    public static final Codec<SetRoomTitleRequest> CODEC = StructCodec.of(
            Field.of("title", Codecs.cstr(TITLE_MAX), SetRoomTitleRequest::title),
            SetRoomTitleRequest::new);

    /**
     * Validates.
     *
     * @param title the new room title
     */
    public SetRoomTitleRequest {
        Objects.requireNonNull(title, "title");
    }
}
