package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetRoomArena, C→S 0x0FA2 (spec 03 §5.7). Master only; stored and echoed unvalidated.
 *
 * @param arena {@code i32} arena word (spec 03 §2.8): top byte 0x80 = random with the low byte as seed,
 *              otherwise a fixed arena numbered by the low 16 bits
 */
public record SetRoomArenaRequest(int arena) {

    /** Wire codec. */
    public static final Codec<SetRoomArenaRequest> CODEC = StructCodec.of(
            Field.of("arena", Codecs.I32, SetRoomArenaRequest::arena),
            SetRoomArenaRequest::new);
}
