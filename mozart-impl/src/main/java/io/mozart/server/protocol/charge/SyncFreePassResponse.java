package io.mozart.server.protocol.charge;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SyncFreePass — S→C response — opcode 0x13A2 (spec 05 §5).
 *
 * @param result 0 = Success, 0xFFFFFFA2 = Unknown (u32; the reference always sends 0)
 * @param info   the pass and wallet; required on success, optional otherwise (the reference always sends it)
 */
public record SyncFreePassResponse(long result, UserFreePassInfo info) {

    /** Result Success. */
    public static final long SUCCESS = 0x00000000L;

    /** Result Unknown (-94 as i32). */
    public static final long UNKNOWN = 0xFFFFFFA2L;

    /** The wire codec. */
    public static final Codec<SyncFreePassResponse> CODEC = StructCodec.of(
            Field.of("result", Codecs.U32, SyncFreePassResponse::result),
            Field.of("info", UserFreePassInfo.CODEC.optional(), SyncFreePassResponse::info),
            SyncFreePassResponse::new);

    /**
     * Validates the shape.
     *
     * @param result u32 result
     * @param info   the tail, or {@code null}
     */
    public SyncFreePassResponse {
        if (result < 0 || result > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("result out of u32 range: " + result);
        }
        if (result == SUCCESS && info == null) {
            throw new IllegalArgumentException("a successful SyncFreePass carries its info");
        }
    }

    /**
     * @param info the pass and wallet
     * @return the success reply (what the reference always sends)
     */
    public static SyncFreePassResponse success(UserFreePassInfo info) {
        return new SyncFreePassResponse(SUCCESS, info);
    }
}
