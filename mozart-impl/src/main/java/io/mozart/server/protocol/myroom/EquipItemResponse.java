package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * EquipItem — S→C response — opcode 0x138D (spec 05 §6.1). Rejected: 4-byte body; success: 20 bytes.
 *
 * @param invalid whether the request was rejected (bool32)
 * @param info    the swap result; present exactly when {@code invalid} is false
 */
public record EquipItemResponse(boolean invalid, EquipmentInfo info) {

    /** The wire codec. */
    public static final Codec<EquipItemResponse> CODEC = StructCodec.of(
            Field.of("invalid", Codecs.BOOL32, EquipItemResponse::invalid),
            Field.of("info", EquipmentInfo.CODEC.optional(), EquipItemResponse::info),
            EquipItemResponse::new);

    /**
     * Enforces the shape: success ⇔ info present.
     *
     * @param invalid whether rejected
     * @param info    the tail or {@code null}
     */
    public EquipItemResponse {
        if (invalid != (info == null)) {
            throw new IllegalArgumentException("info must be present exactly when invalid = 0");
        }
    }

    /** @return the rejection */
    public static EquipItemResponse rejected() {
        return new EquipItemResponse(true, null);
    }

    /**
     * @param info the swap result
     * @return the success reply
     */
    public static EquipItemResponse accepted(EquipmentInfo info) {
        return new EquipItemResponse(false, info);
    }
}
