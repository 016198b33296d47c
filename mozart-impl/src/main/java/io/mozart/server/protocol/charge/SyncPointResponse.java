package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncPoint — S→C response — opcode 0x1396 (spec 05 §5). 4-byte body.
 *
 * @param point the wallet's <strong>O2Cash</strong> value (not the Point column; reference oddity kept on the
 *              wire)
 */
public record SyncPointResponse(int point) {

    /** The wire codec. */
    public static final Codec<SyncPointResponse> CODEC = StructCodec.of(
            Field.of("point", Codecs.I32, SyncPointResponse::point),
            SyncPointResponse::new);
}
