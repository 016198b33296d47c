package io.mozart.server.protocol.charge;

import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** SyncFreePass — S→C response — opcode 0x13A2 (spec 05 §5). */
public record SyncFreePassResponse(long result, UserFreePassInfo info) implements ServerMessage {
    /** Result Success. */
    public static final long SUCCESS = 0x00000000L;
    /** Result Unknown (-94 as i32). */
    public static final long UNKNOWN = 0xFFFFFFA2L;

    public static final Codec<SyncFreePassResponse> CODEC = of(
            of("result", U32, SyncFreePassResponse::result),
            of("info", UserFreePassInfo.CODEC.optional(), SyncFreePassResponse::info),
            SyncFreePassResponse::new);

    public SyncFreePassResponse {
        if (result == SUCCESS && info == null) {
            throw new IllegalArgumentException("a successful SyncFreePass carries its info");
        }
    }
    /** @return the success reply (what the reference always sends) */
    public static SyncFreePassResponse success(UserFreePassInfo info) {
        return new SyncFreePassResponse(SUCCESS, info);
    }
}
