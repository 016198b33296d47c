package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * BagExpansion — C→S request — opcode 0x13AC (spec 05 §6.6). 8-byte body.
 *
 * @param bagSlotIndex slot holding the expansion item
 * @param itemId       id of that item
 */
public record BagExpansionRequest(int bagSlotIndex, int itemId) {

    /** The wire codec. */
    public static final Codec<BagExpansionRequest> CODEC = StructCodec.of(
            Field.of("bagSlotIndex", Codecs.I32, BagExpansionRequest::bagSlotIndex),
            Field.of("itemId", Codecs.I32, BagExpansionRequest::itemId),
            BagExpansionRequest::new);
}
