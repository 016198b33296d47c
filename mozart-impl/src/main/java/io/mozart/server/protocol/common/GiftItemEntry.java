package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;

import java.util.Objects;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * One unclaimed item gift (spec 05 §2 GiftItemEntry, 02 §4 "ItemGift"): 9 + n bytes.
 *
 * @param giftId gift row id, the value the client later sends as ClaimGift.giftId
 * @param itemId Itemdata.dat item id
 * @param sender sender's nickname as stored on the gift row
 */
public record GiftItemEntry(int giftId, int itemId, String sender) {
    public static final Codec<GiftItemEntry> CODEC = of(
            of("giftId", I32, GiftItemEntry::giftId),
            of("itemId", I32, GiftItemEntry::itemId),
            of("sender", cstr(), GiftItemEntry::sender),
            GiftItemEntry::new);

    public GiftItemEntry {
        Objects.requireNonNull(sender, "sender");
    }
}
