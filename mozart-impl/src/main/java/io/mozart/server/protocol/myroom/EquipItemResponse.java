package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** EquipItem — S→C response — opcode 0x138D (spec 05 §6.1). */
public record EquipItemResponse(boolean invalid, EquipmentInfo info) implements ServerMessage {
    public static final Codec<EquipItemResponse> CODEC = of(
            of("invalid", BOOL32, EquipItemResponse::invalid),
            of("info", EquipmentInfo.CODEC.optional(), EquipItemResponse::info),
            EquipItemResponse::new);

    public EquipItemResponse {
        if (invalid != (info == null)) {
            throw new IllegalArgumentException("info must be present exactly when invalid = 0");
        }
    }

    public static EquipItemResponse rejected() {
        return new EquipItemResponse(true, null);
    }

    public static EquipItemResponse accepted(EquipmentInfo info) {
        return new EquipItemResponse(false, info);
    }
}
