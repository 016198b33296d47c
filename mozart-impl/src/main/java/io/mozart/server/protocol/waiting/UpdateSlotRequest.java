package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * UpdateSlot, C→S 0x0BC0 (spec 03 §5.3): the master toggles a slot (lock, unlock, or kick its occupant).
 * Any u8 decodes; an index ≥ 8 is dropped silently by the handler.
 *
 * @param slotIndex slot to toggle ("member id" in the reference)
 */
public record UpdateSlotRequest(int slotIndex) {

    /** Wire codec. */
    public static final Codec<UpdateSlotRequest> CODEC = StructCodec.of(
            Field.of("slotIndex", Codecs.U8, UpdateSlotRequest::slotIndex),
            UpdateSlotRequest::new);

    /**
     * Validates the range.
     *
     * @param slotIndex u8 slot index
     */
    public UpdateSlotRequest {
        WaitingChecks.u8("slotIndex", slotIndex);
    }
}
