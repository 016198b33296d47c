package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** BagExpansion — C→S request — opcode 0x13AC (spec 05 §6.6). 8-byte body. */
public record BagExpansionRequest(int bagSlotIndex, int itemId) implements ClientMessage {
    public static final Codec<BagExpansionRequest> CODEC = of(
            of("bagSlotIndex", I32, BagExpansionRequest::bagSlotIndex),
            of("itemId", I32, BagExpansionRequest::itemId),
            BagExpansionRequest::new);
}
