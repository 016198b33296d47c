package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.Objects;

/**
 * One unclaimed item gift (spec 05 §2 GiftItemEntry, 02 §4 "ItemGift"): 9 + n bytes.
 *
 * @param giftId gift row id, the value the client later sends as ClaimGift.giftId
 * @param itemId Itemdata.dat item id
 * @param sender sender's nickname as stored on the gift row
 */
public record GiftItemEntry(int giftId, int itemId, String sender) {

    /** The wire codec. */
    public static final Codec<GiftItemEntry> CODEC = StructCodec.of(
            Field.of("giftId", Codecs.I32, GiftItemEntry::giftId),
            Field.of("itemId", Codecs.I32, GiftItemEntry::itemId),
            Field.of("sender", Codecs.cstr(), GiftItemEntry::sender),
            GiftItemEntry::new);

    /**
     * Validates the entry.
     *
     * @param giftId gift row id
     * @param itemId item id
     * @param sender sender nickname, not null
     */
    public GiftItemEntry {
        Objects.requireNonNull(sender, "sender");
    }
}
