package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.Objects;

/** WaitingTitleChanged, S→C 0x0BB9 (spec 03 §5.1), to ROOM after SetRoomTitle. */
public record WaitingTitleChangedNotice(String title) implements ServerMessage {
    public static final Codec<WaitingTitleChangedNotice> CODEC = of(
            of("title", cstr(SetRoomTitleRequest.TITLE_MAX), WaitingTitleChangedNotice::title),
            WaitingTitleChangedNotice::new);

    public WaitingTitleChangedNotice {
        Objects.requireNonNull(title, "title");
    }
}
