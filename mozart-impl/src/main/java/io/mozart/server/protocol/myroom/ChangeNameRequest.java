package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * ChangeName — C→S request — opcode 0x13A6 (spec 05 §6.3).
 *
 * @param name         requested new nickname, as received (untrimmed)
 * @param bagSlotIndex slot holding the name-change ticket
 * @param itemId       id of that ticket
 */
public record ChangeNameRequest(String name, int bagSlotIndex, int itemId) {

    /** The wire codec. */
    public static final Codec<ChangeNameRequest> CODEC = StructCodec.of(
            Field.of("name", Codecs.cstr(), ChangeNameRequest::name),
            Field.of("bagSlotIndex", Codecs.I32, ChangeNameRequest::bagSlotIndex),
            Field.of("itemId", Codecs.I32, ChangeNameRequest::itemId),
            ChangeNameRequest::new);

    /**
     * Validates the name.
     *
     * @param name         requested name, not null
     * @param bagSlotIndex slot
     * @param itemId       ticket id
     */
    public ChangeNameRequest {
        Objects.requireNonNull(name, "name");
    }
}
