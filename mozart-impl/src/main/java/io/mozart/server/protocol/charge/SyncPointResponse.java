package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * SyncPoint — S→C response — opcode 0x1396 (spec 05 §5). 4-byte body.
 *
 * @param point the wallet's <strong>O2Cash</strong> value (not the Point column; reference oddity kept on the
 *              wire)
 */
public record SyncPointResponse(int point) {
    public static final Codec<SyncPointResponse> CODEC =
            of(of("point", I32, SyncPointResponse::point), SyncPointResponse::new);
}
