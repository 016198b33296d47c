package io.mozart.server.protocol.myroom;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * ClaimGift — C→S request — opcode 0x139F (spec 05 §6.2). 10-byte body.
 *
 * @param giftType          GiftType u8: 0 = Item, <em>any other value</em> is treated as Music ({@link #isItemGift})
 * @param giftId            gift row id from GiftItemEntry / GiftMusicEntry
 * @param resourceId        item id (item gift) or music id (music gift)
 * @param isAttributiveItem bool8, ignored by the server
 */
public record ClaimGiftRequest(int giftType, int giftId, int resourceId, boolean isAttributiveItem) {

    /** GiftType Item. */
    public static final int GIFT_TYPE_ITEM = 0;

    /** GiftType Music. */
    public static final int GIFT_TYPE_MUSIC = 1;

    /** The wire codec. */
    public static final Codec<ClaimGiftRequest> CODEC = StructCodec.of(
            Field.of("giftType", Codecs.U8, ClaimGiftRequest::giftType),
            Field.of("giftId", Codecs.I32, ClaimGiftRequest::giftId),
            Field.of("resourceId", Codecs.I32, ClaimGiftRequest::resourceId),
            Field.of("isAttributiveItem", Codecs.BOOL8, ClaimGiftRequest::isAttributiveItem),
            ClaimGiftRequest::new);

    /**
     * Checks the u8 range.
     *
     * @param giftType          u8 gift type
     * @param giftId            gift id
     * @param resourceId        item or music id
     * @param isAttributiveItem ignored flag
     */
    public ClaimGiftRequest {
        if (giftType < 0 || giftType > 0xFF) {
            throw new IllegalArgumentException("giftType out of u8 range: " + giftType);
        }
    }

    /** @return whether this claims an item gift (giftType 0); everything else is a music gift */
    public boolean isItemGift() {
        return giftType == GIFT_TYPE_ITEM;
    }
}
