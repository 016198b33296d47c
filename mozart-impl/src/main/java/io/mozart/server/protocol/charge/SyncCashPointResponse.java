package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncCashPoint — S→C response — opcode 0x13A5 (spec 05 §5). 8-byte body.
 *
 * @param gem       wallet Gem
 * @param cashPoint wallet CashPoint
 */
public record SyncCashPointResponse(int gem, int cashPoint) {

    /** The wire codec. */
    public static final Codec<SyncCashPointResponse> CODEC = StructCodec.of(
            Field.of("gem", Codecs.I32, SyncCashPointResponse::gem),
            Field.of("cashPoint", Codecs.I32, SyncCashPointResponse::cashPoint),
            SyncCashPointResponse::new);
}
