package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** UpdateSlot, C→S 0x0BC0 (spec 03 §5.3): the master toggles a slot (lock, unlock, or kick its occupant). */
public record UpdateSlotRequest(int slotIndex) implements ClientMessage {
    public static final Codec<UpdateSlotRequest> CODEC =
            of(of("slotIndex", U8, UpdateSlotRequest::slotIndex), UpdateSlotRequest::new);
}
