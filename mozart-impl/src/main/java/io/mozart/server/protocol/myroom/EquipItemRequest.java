package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** EquipItem — C→S request — opcode 0x138C (spec 05 §6.1). */
public record EquipItemRequest(int itemType, int bagSlotIndex) implements ClientMessage {
    public static final Codec<EquipItemRequest> CODEC = of(
            of("itemType", I32, EquipItemRequest::itemType),
            of("bagSlotIndex", I32, EquipItemRequest::bagSlotIndex),
            EquipItemRequest::new);
}
