package io.mozart.server.protocol.common;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.util.Objects;

/** One unclaimed item gift (spec 05 §2 GiftItemEntry, 02 §4 "ItemGift"): 9 + n bytes. */
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
