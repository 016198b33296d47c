package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * WaitingTitleChanged, S→C 0x0BB9 (spec 03 §5.1), to ROOM after SetRoomTitle.
 *
 * <p>The field is {@code str0[max 21]}: at most 20 text bytes plus the terminator, longer titles are cut
 * (byte-wise) when encoded.
 *
 * @param title the room title
 */
public record WaitingTitleChangedNotice(String title) {

    /** Wire codec. */
    public static final Codec<WaitingTitleChangedNotice> CODEC = StructCodec.of(
            Field.of("title", Codecs.cstr(SetRoomTitleRequest.TITLE_MAX), WaitingTitleChangedNotice::title),
            WaitingTitleChangedNotice::new);

    /**
     * Validates.
     *
     * @param title the room title
     */
    public WaitingTitleChangedNotice {
        Objects.requireNonNull(title, "title");
    }
}
