package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** SyncCashPoint — S→C response — opcode 0x13A5 (spec 05 §5). 8-byte body. */
public record SyncCashPointResponse(int gem, int cashPoint) implements ServerMessage {
    public static final Codec<SyncCashPointResponse> CODEC = of(
            of("gem", I32, SyncCashPointResponse::gem),
            of("cashPoint", I32, SyncCashPointResponse::cashPoint),
            SyncCashPointResponse::new);
}
