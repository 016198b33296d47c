package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ClaimGift — S→C response — opcode 0x13A0 (spec 05 §6.2). 5-byte body.
 *
 * @param invalid always false in the reference (bool32); failures are reported through {@code result}
 * @param result  ClaimGiftResult u8: 0 Success, 4 UnknownError (see {@link ClaimGiftResult})
 */
public record ClaimGiftResponse(boolean invalid, int result) {

    /** The wire codec. */
    public static final Codec<ClaimGiftResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, ClaimGiftResponse::invalid),
            Field.of("result", Codecs.U8, ClaimGiftResponse::result),
            ClaimGiftResponse::new);

    /**
     * Checks the u8 range.
     *
     * @param invalid bool32 flag
     * @param result  u8 result
     */
    public ClaimGiftResponse {
        if (result < 0 || result > 0xFF) {
            throw new IllegalArgumentException("result out of u8 range: " + result);
        }
    }

    /**
     * The reply as the reference sends it: {@code invalid = 0} and the result.
     *
     * @param result {@link ClaimGiftResult#SUCCESS} or {@link ClaimGiftResult#UNKNOWN_ERROR}
     * @return the reply
     */
    public static ClaimGiftResponse of(ClaimGiftResult result) {
        if (result == ClaimGiftResult.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no wire value");
        }
        return new ClaimGiftResponse(false, result.wire());
    }

    /** @return the result as an enum ({@link ClaimGiftResult#UNKNOWN} for undefined values) */
    public ClaimGiftResult resultType() {
        return ClaimGiftResult.fromWire(result);
    }
}
