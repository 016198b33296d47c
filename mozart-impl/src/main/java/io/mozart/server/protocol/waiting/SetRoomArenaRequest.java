package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** SetRoomArena, C→S 0x0FA2 (spec 03 §5.7). */
public record SetRoomArenaRequest(int arena) implements ClientMessage {
    public static final Codec<SetRoomArenaRequest> CODEC =
            of(of("arena", I32, SetRoomArenaRequest::arena), SetRoomArenaRequest::new);
}
