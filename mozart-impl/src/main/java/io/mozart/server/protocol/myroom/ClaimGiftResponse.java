package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Codecs.U8;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.ServerMessage;

/** ClaimGift — S→C response — opcode 0x13A0 (spec 05 §6.2). */
public record ClaimGiftResponse(boolean invalid, int result) implements ServerMessage {
    public static final Codec<ClaimGiftResponse> CODEC = StructCodec.of(
            Field.of("invalid", BOOL32, ClaimGiftResponse::invalid),
            Field.of("result", U8, ClaimGiftResponse::result),
            ClaimGiftResponse::new);

    /** The reply as the reference sends it: {@code invalid = 0} and the result. */
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
