package io.mozart.server.protocol.myroom;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** ClaimGift — C→S request — opcode 0x139F (spec 05 §6.2). */
public record ClaimGiftRequest(int giftType, int giftId, int resourceId, boolean isAttributiveItem)
        implements ClientMessage {
    public static final int GIFT_TYPE_ITEM = 0;
    public static final int GIFT_TYPE_MUSIC = 1;
    public static final Codec<ClaimGiftRequest> CODEC = of(
            of("giftType", U8, ClaimGiftRequest::giftType),
            of("giftId", I32, ClaimGiftRequest::giftId),
            of("resourceId", I32, ClaimGiftRequest::resourceId),
            of("isAttributiveItem", BOOL8, ClaimGiftRequest::isAttributiveItem),
            ClaimGiftRequest::new);
    /** @return whether this claims an item gift (giftType 0); everything else is a music gift */
    public boolean isItemGift() {
        return giftType == GIFT_TYPE_ITEM;
    }
}
