package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** SyncPoint — S→C response — opcode 0x1396 (spec 05 §5); {@code point} carries the O2Cash value (reference oddity). */
public record SyncPointResponse(int point) implements ServerMessage {
    public static final Codec<SyncPointResponse> CODEC =
            of(of("point", I32, SyncPointResponse::point), SyncPointResponse::new);
}
